use pyexec::analysis::{Analyzer, PatternSet};
use pyexec::config::Settings;

fn run(label: &str, code: String) {
    let analyzer = Analyzer::new(PatternSet::defaults("epics").expect("p"));
    let policy = Settings::default().approval_policy();
    let r = analyzer.analyze(&code, &policy);
    eprintln!("{label}: passed={} failure={:?} errs={}", r.passed, r.failure, r.syntax_errors.len());
}

#[test]
fn scratch_depth() {
    let depth: usize = std::env::var("DEPTH").ok().and_then(|d| d.parse().ok()).unwrap_or(500);
    let kind = std::env::var("KIND").unwrap_or_else(|_| "paren".into());
    let code = match kind.as_str() {
        "paren" => format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth)),
        "paren_open" => format!("x = {}1\n", "(".repeat(depth)),
        "bracket" => format!("x = {}1{}\n", "[".repeat(depth), "]".repeat(depth)),
        "brace" => format!("x = {}1{}\n", "{".repeat(depth), "}".repeat(depth)),
        "not" => format!("x = {}1\n", "not ".repeat(depth)),
        "neg" => format!("x = {}1\n", "-".repeat(depth)),
        "call" => format!("x = {}1{}\n", "f(".repeat(depth), ")".repeat(depth)),
        "sub" => format!("x = a{}\n", "[0]".repeat(depth)),
        "attr" => format!("x = a{}\n", ".b".repeat(depth)),
        "add" => format!("x = 1{}\n", " + 1".repeat(depth)),
        "pow" => format!("x = 1{}\n", " ** 1".repeat(depth)),
        "lambda" => format!("x = {}1\n", "lambda: ".repeat(depth)),
        "fstring" => { let mut s = String::from("1"); for i in 0..depth { let q = ["'", "\""][i%2]; s = format!("f{q}{{{s}}}{q}"); } format!("x = {s}\n") }
        "if" => { let mut s = String::new(); for i in 0..depth { s.push_str(&" ".repeat(i)); s.push_str("if x:\n"); } s.push_str(&" ".repeat(depth)); s.push_str("pass\n"); s }
        "ternary" => format!("x = {}1\n", "1 if a else ".repeat(depth)),
        "caput_nested" => format!("epics.caput('A', {}1{})\n", "(".repeat(depth), ")".repeat(depth)),
        "exec_nested" => format!("exec({}1{})\n", "(".repeat(depth), ")".repeat(depth)),
        _ => panic!("kind"),
    };
    run(&kind, code);
}

#[test]
fn scratch_parse_only() {
    let depth: usize = std::env::var("DEPTH").ok().and_then(|d| d.parse().ok()).unwrap_or(500);
    let kind = std::env::var("KIND").unwrap_or_else(|_| "bracket".into());
    let code = match kind.as_str() {
        "bracket" => format!("x = {}1{}\n", "[".repeat(depth), "]".repeat(depth)),
        "bracket_open" => format!("x = {}1\n", "[".repeat(depth)),
        "not" => format!("x = {}1\n", "not ".repeat(depth)),
        "neg" => format!("x = {}1\n", "-".repeat(depth)),
        "if" => { let mut s = String::new(); for i in 0..depth { s.push_str(&" ".repeat(i)); s.push_str("if x:\n"); } s.push_str(&" ".repeat(depth)); s.push_str("pass\n"); s }
        "fstring" => { let mut s = String::from("1"); for i in 0..depth { let q = ["'", "\""][i%2]; s = format!("f{q}{{{s}}}{q}"); } format!("x = {s}\n") }
        _ => panic!("kind"),
    };
    let stage = std::env::var("STAGE").unwrap_or_default();
    if stage == "ruff" {
        let p = ruff_python_parser::parse_unchecked(&code, ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module));
        eprintln!("ruff parsed: errors={}", p.errors().len());
        std::mem::forget(p);
        eprintln!("forgot");
        return;
    }
    let p = pyexec::analysis::syntax::parse(&code);
    eprintln!("parsed: errors={}", p.errors.len());
    drop(p);
    eprintln!("dropped");
}
