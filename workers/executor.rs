//! `pyexec-executor`: the fleet's executor worker. All of it lives in the library
//! ([`pyexec::fleet::worker`]); this binary only picks its role.

// mimalloc: the analyzer's AST parse allocates heavily and runs ~25 % faster with it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    pyexec::fleet::worker::main(pyexec::fleet::worker::Role::Executor)
}
