//! A fixed amount of analysis work for profilers: `pyexec bench --analysis` loops for a time,
//! this loops a given number of times, so that instruction counts are comparable between
//! builds whatever the machine's load.
//!
//! ```sh
//! cargo build --release --example analysis_profile
//! valgrind --tool=callgrind target/release/examples/analysis_profile 200 50
//! valgrind --tool=callgrind target/release/examples/analysis_profile 200 0   # set-up alone
//! ```
//!
//! Arguments: LINES (size of the synthetic script), ITERATIONS, and `parse` to time the
//! parse alone. With `DUMP=1` it prints the script instead (to feed the Python baseline).
//! It prints the mean time per iteration on stderr.

// The same allocator as the binaries, so that the profile is theirs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use pyexec::analysis::{Analyzer, PatternSet};
use pyexec::config::Settings;

fn main() -> Result<(), String> {
    const USAGE: &str = "usage: analysis_profile LINES ITERATIONS [parse]";
    let mut args = std::env::args().skip(1);
    let mut number = || -> Result<usize, String> {
        args.next()
            .and_then(|a| a.parse().ok())
            .ok_or_else(|| USAGE.to_owned())
    };
    let lines = number()?;
    let iterations = number()?;
    let parse_only = match std::env::args().nth(3).as_deref() {
        None => false,
        Some("parse") => true,
        Some(_) => return Err(USAGE.to_owned()),
    };
    let script = pyexec::bench::synthetic_script(lines);
    if std::env::var_os("DUMP").is_some() {
        print!("{script}");
        return Ok(());
    }
    let analyzer = Analyzer::new(PatternSet::defaults("epics").map_err(|e| e.to_string())?);
    let policy = Settings::default().approval_policy();
    let start = std::time::Instant::now();
    for _ in 0..iterations {
        if parse_only {
            std::hint::black_box(pyexec::analysis::syntax::parse(&script));
        } else {
            std::hint::black_box(analyzer.analyze(&script, &policy));
        }
    }
    let per_iteration = start.elapsed().as_secs_f64() * 1e6 / iterations.max(1) as f64;
    eprintln!("{per_iteration:.1} µs per iteration");
    Ok(())
}
