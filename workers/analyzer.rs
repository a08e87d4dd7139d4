//! `pyexec-analyzer`: the fleet's analyzer worker. All of it lives in the library
//! ([`pyexec::fleet::worker`]); this binary only picks its role.

fn main() -> std::process::ExitCode {
    pyexec::fleet::worker::main(pyexec::fleet::worker::Role::Analyzer)
}
