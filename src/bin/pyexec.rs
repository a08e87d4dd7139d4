//! `pyexec`: the command-line entry point; everything lives in [`pyexec::cli`].

// mimalloc: the analyzer's AST parse allocates heavily and runs ~25 % faster with it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    pyexec::cli::main()
}
