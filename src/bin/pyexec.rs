//! `pyexec`: the command-line entry point; everything lives in [`pyexec::cli`].

fn main() -> std::process::ExitCode {
    pyexec::cli::main()
}
