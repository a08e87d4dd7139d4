//! Function bodies that cannot run: a function defined by a plain `def` (no decorator, not a
//! method, not a special `__name__`), or the methods of an inert class (no base, decorator
//! or metaclass; a body of methods and literals only, whose defaults and annotations run
//! nothing), whose name the code never spells again, anywhere,
//! not even inside a string (comments and docstrings do not count: nothing runs them), or
//! spells elsewhere only in code the walk found never runs (a branch a decided flag rules
//! out, statements after a `return`) and in other such bodies. Nothing can call such a
//! function or make such an instance, so a write in its body never happens and is not
//! counted (it is reported as a low `uncalled_write` finding instead, which a deployment
//! can raise to `medium` to ask a person anyway).
//!
//! The reasoning holds only where the code cannot reach a function without spelling its
//! name: it is off for the whole script when the text mentions any route that looks up a
//! name or a code object computed at run time (`globals`, `vars`, `locals`, frames,
//! `__code__`, `getattr`, `exec`, `eval`, `sys.modules`, `__main__`, pickles, `pdb`,
//! `timeit`, `get_type_hints`, string templates, ... : [`LOOKS_UP_NAMES`]), and when it
//! holds a name with a character outside ASCII (Python folds `ｗｒｉｔｅ` to `write`, which
//! a text search would not).
//!
//! The guards search a [`GuardText`]: the source with its comments and docstrings blanked
//! out, and with the string of `if __name__ == "__main__":` too (a test of the script's own
//! name, not a route to the `__main__` module). Words in a comment or docstring reach
//! nothing: a string reaches a name only through a route the code itself spells. (They
//! used to count, and a comment reading "inspect the orbit" or a main guard switched the
//! rules off for most scripts; red-team round 43.) A `_Rig__reset` is never such a
//! function: it is what `__reset` means inside `class Rig`.
//!
//! The dataflow walk still walks such bodies, so their security
//! findings stand and the values they would store elsewhere are still followed.

use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, CmpOp, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// The text the guards search (see the module's documentation), and whether a name the
/// code spells holds an identifier character outside ASCII.
#[derive(Debug, Clone)]
pub(crate) struct GuardText {
    pub(crate) text: String,
    names_outside_ascii: bool,
    /// [`spells_private_names`] of `text`, found once (three rules ask).
    private_names: bool,
}

impl GuardText {
    /// The whole source, comments and docstrings included (code with no tokens at hand:
    /// a string given to `exec`).
    pub(crate) fn whole(source: &str) -> Self {
        Self {
            private_names: private_names_in(source),
            text: source.to_owned(),
            names_outside_ascii: !source.is_ascii(),
        }
    }

    /// `source` with its comments, docstrings and main-guard strings blanked out.
    pub(crate) fn of(source: &str, tokens: &Tokens, module: &[Stmt]) -> Self {
        let mut bytes = source.as_bytes().to_vec();
        let mut names_outside_ascii = false;
        let mut blank = |range: TextRange| {
            if let Some(span) = bytes.get_mut(range.start().to_usize()..range.end().to_usize()) {
                span.fill(b' ');
            }
        };
        for token in tokens.iter() {
            match token.kind() {
                TokenKind::Comment => blank(token.range()),
                // (Any character outside ASCII: the parser keeps names in their folded
                // form, which a text search of the raw spelling would not find, and
                // combining marks fold too; red-team round 43.)
                TokenKind::Name => {
                    names_outside_ascii |= source
                        .get(token.range().start().to_usize()..token.range().end().to_usize())
                        .is_some_and(|name| !name.is_ascii());
                }
                _ => {}
            }
        }
        let mut unread = UnreadStrings { ranges: Vec::new() };
        unread.visit_body(module);
        for range in unread.ranges {
            blank(range);
        }
        // (Whole tokens and strings were blanked, each a run of whole characters.)
        match String::from_utf8(bytes) {
            Ok(text) => Self {
                private_names: private_names_in(&text),
                text,
                names_outside_ascii,
            },
            Err(_) => Self::whole(source),
        }
    }
}

/// Docstrings (a string statement first in a module, class or function body) and the
/// `"__main__"` of a main guard (`if __name__ == "__main__":`).
struct UnreadStrings {
    ranges: Vec<TextRange>,
}

impl UnreadStrings {
    fn docstring(&mut self, body: &[Stmt]) {
        if let Some(Stmt::Expr(e)) = body.first()
            && e.value.is_string_literal_expr()
        {
            self.ranges.push(e.value.range());
        }
    }
}

impl<'a> Visitor<'a> for UnreadStrings {
    fn visit_body(&mut self, body: &'a [Stmt]) {
        self.docstring(body);
        for stmt in body {
            self.visit_stmt(stmt);
        }
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => self.visit_body(&f.body),
            Stmt::ClassDef(c) => self.visit_body(&c.body),
            Stmt::If(i) => {
                if let Expr::Compare(compare) = &*i.test
                    && let ([op], [right]) = (&*compare.ops, &*compare.comparators)
                    && matches!(op, CmpOp::Eq | CmpOp::NotEq)
                {
                    let main = |e: &Expr| {
                        e.as_string_literal_expr()
                            .is_some_and(|s| s.value.to_str() == "__main__")
                    };
                    let name = |e: &Expr| {
                        e.as_name_expr()
                            .is_some_and(|n| n.id.as_str() == "__name__")
                    };
                    if name(&compare.left) && main(right) {
                        self.ranges.push(right.range());
                    } else if main(&compare.left) && name(right) {
                        self.ranges.push(compare.left.range());
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, _: &'a Expr) {}
}

/// A body that cannot run: the function's name and the body's byte range in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UncalledBody<'a> {
    pub(crate) name: &'a str,
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// Whether the code names it, but only where nothing runs.
    pub(crate) named_in_dead_code: bool,
}

impl UncalledBody<'_> {
    pub(crate) fn holds(&self, offset: u32) -> bool {
        (self.start..self.end).contains(&offset)
    }
}

/// Words that name a way to reach a function, a frame, a namespace or a code object from a
/// string or a computed name (or to run code from a string). Any of them in the text turns
/// the rule off. Whole words, so `eval` also catches `df.eval(...)`.
static LOOKS_UP_NAMES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(concat!(
        // namespaces and modules reached by name
        r"(?-u:\b)(globals|vars|locals|setattr|getattr|delattr|attrgetter|methodcaller",
        // closures' cells hold their functions' free variables; annotations read back;
        // a frame's line set (a jump into a ruled-out branch), memory rewritten through
        // numpy (interned constants changed; red-team round 47, helpers Q and T)
        r"|__closure__|cell_contents|__annotations__|__annotate__",
        r"|f_lineno|f_trace|f_trace_lines|f_trace_opcodes",
        r"|__array_interface__|__array_struct__|as_strided|ctypeslib",
        r"|__getattribute__|__dict__|__globals__|__builtins__|builtins|modules|__main__",
        r"|__import__|import_module|importlib|zipimport|reload|__loader__|__spec__|pkgutil",
        r"|resolve_name|pydoc|get_ipython|user_ns|unittest|pytest|fire",
        // frames and code objects
        r"|inspect|f_globals|f_locals|f_back|f_code|_getframe|currentframe|tb_frame|gi_frame",
        r"|cr_frame|ag_frame|__code__|co_consts|gi_code|cr_code|FunctionType|LambdaType",
        r"|CodeType|gc|ctypes|settrace|setprofile|__subclasses__",
        // code from strings, annotations evaluated from strings
        r"|exec|eval|compile|compile_command|timeit|runpy|run_path|run_module|doctest|pdb",
        r"|bdb|cProfile|profile|runctx|runcall|runsource|runcode|interact",
        r"|InteractiveInterpreter|InteractiveConsole|get_type_hints|resolve_types",
        r"|annotationlib|ForwardRef|evaluate|_evaluate|_eval_type|evaluate_forward_ref",
        r"|singledispatch|singledispatchmethod",
        r"|pydantic|dictConfig|fileConfig|patch|mock|Formatter|get_field|jinja2|mako",
        // attributes fetched by computed names, namespaces as dicts, modules imported by
        // a computed name that call fixed names in them (red-team round 42, helper D)
        r"|__match_args__|__instancecheck__|__getstate__|__reduce__|__reduce_ex__|__self__",
        r"|switch_backend|rcParams|MPLBACKEND|make_parser|breakpoint|PYTHONBREAKPOINT",
        // modules by a run-time name, `eval` by another name, computed dotted getattr,
        // tracebacks' frames (red-team round 42, helper E)
        r"|pkg_resources|importlib_metadata|EntryPoint|entry_points|load_backend_module",
        r"|backend_registry|idlelib|get_entity|resolve_dotted_attribute|xmlrpc|__traceback__",
        r"|walk_tb|walk_stack|f_builtins|site|addsitedir",
        // builtins by another name, names put into builtins (red-team round 43, helper B)
        r"|bltns|install",
        // pickles name their functions
        r"|pickle|cPickle|_pickle|dill|cloudpickle|shelve|marshal|copyreg|joblib)(?-u:\b)",
    ))
    .expect("name lookup words")
});

/// Whether the text mentions a route that reaches a name, a namespace or a code object
/// from a string or a computed name ([`LOOKS_UP_NAMES`]), or holds an identifier character
/// outside ASCII: then the names the code spells are not all the ways it reaches its
/// functions and globals (also the guard of the module flags that decide `if` tests).
pub(crate) fn may_reach_names_unseen(guard: &GuardText) -> bool {
    let text = guard.text.as_str();
    guard.names_outside_ascii
        || spells_private_names(guard)
        || LOOKS_UP_NAMES
            .find_iter(text)
            .any(|word| !(word.as_str() == "__main__" && tests_the_script_name(text, word)))
        || COMPUTED_USE.is_match(text)
}

/// Whether the `__main__` at `word` is the string a script's name is compared with (`if
/// __name__ == "__main__":`), which reaches no namespace: not `import __main__` or
/// `sys.modules['__main__']` (red-team round 47, helper R: the idiom kept every flag
/// undecided).
fn tests_the_script_name(text: &str, word: regex::Match<'_>) -> bool {
    let before = &text[..word.start()];
    let Some(quote) = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '"' | '\''))
    else {
        return false;
    };
    if !text[word.end()..].starts_with(quote) {
        return false;
    }
    let comparison = before[..before.len() - 1].trim_end();
    comparison
        .strip_suffix("==")
        .or_else(|| comparison.strip_suffix("!="))
        .is_some_and(|left| left.trim_end().ends_with("__name__"))
}

/// `matplotlib.use(...)` (or any `use(...)`) given anything but one plain string literal:
/// `use("module://" + name)` imports a module by that name and calls its
/// `new_figure_manager`, so a computed name may be the script itself.
static COMPUTED_USE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r#"(?-u:\b)use\s*\(\s*(?:[^"'\s]|"[^"]*"\s*[^\s),]|'[^']*'\s*[^\s),]|"[^"]*"\s*,|'[^']*'\s*,)"#,
    )
    .expect("computed backend pattern")
});

/// The bodies in `module` that nothing can call (see the module's documentation); empty
/// when the text mentions a route that could reach a function without its name. A name
/// spelt elsewhere only in `dead` code (ranges the walk found never run) or in bodies that
/// cannot run themselves reaches nothing either: `if apply: apply_correction(k)` with
/// `apply` false (red-team round 46).
pub(crate) fn uncalled_bodies<'a>(
    module: &'a [Stmt],
    guard: &GuardText,
    dead: &[TextRange],
) -> Vec<UncalledBody<'a>> {
    if may_reach_names_unseen(guard) {
        return Vec::new();
    }
    let mut defs = PlainDefs { found: Vec::new() };
    defs.visit_body(module);
    let mut candidates: Vec<Candidate<'a>> = defs
        .found
        .into_iter()
        .filter_map(|(name, at, body)| {
            let (first, last) = (body.first()?, body.last()?);
            let body = TextRange::new(first.range().start(), last.range().end());
            let mut spelt_elsewhere = spellings(&guard.text, name).filter(|&spelt| spelt != at);
            // (Without dead code, only a name spelt once, in its `def`: the first other
            // spelling rules it out.)
            let elsewhere: Vec<TextSize> = if dead.is_empty() {
                if spelt_elsewhere.next().is_some() {
                    return None;
                }
                Vec::new()
            } else {
                spelt_elsewhere.collect()
            };
            Some(Candidate {
                name,
                body,
                elsewhere,
                uncalled: true,
            })
        })
        .collect();
    // The greatest set of bodies named only in dead code or in each other: a call from a
    // live body must come from code that runs.
    loop {
        let bodies: Vec<TextRange> = candidates
            .iter()
            .filter(|c| c.uncalled)
            .map(|c| c.body)
            .collect();
        let mut changed = false;
        for candidate in candidates.iter_mut().filter(|c| c.uncalled) {
            let reached = candidate
                .elsewhere
                .iter()
                .any(|&spelt| !in_any(dead, spelt) && !in_any(&bodies, spelt));
            if reached {
                candidate.uncalled = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    candidates
        .into_iter()
        .filter(|c| c.uncalled)
        .map(|c| UncalledBody {
            name: c.name,
            start: c.body.start().to_u32(),
            end: c.body.end().to_u32(),
            named_in_dead_code: !c.elsewhere.is_empty(),
        })
        .collect()
}

/// A function or class [`uncalled_bodies`] considers: its body and where else its name is
/// spelt.
struct Candidate<'a> {
    name: &'a str,
    body: TextRange,
    elsewhere: Vec<TextSize>,
    uncalled: bool,
}

/// Whether `at` lies in one of `ranges`.
fn in_any(ranges: &[TextRange], at: TextSize) -> bool {
    ranges.iter().any(|range| range.contains(at))
}

/// Where `name` occurs in `text` as a whole word.
pub(crate) fn spellings<'t>(text: &'t str, name: &'t str) -> impl Iterator<Item = TextSize> + 't {
    let bytes = text.as_bytes();
    let is_word = move |i: usize| {
        bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    };
    text.match_indices(name)
        .filter(move |&(at, _)| !(at > 0 && is_word(at - 1) || is_word(at + name.len())))
        .filter_map(|(at, _)| u32::try_from(at).ok().map(TextSize::new))
}

/// Whether the module named `module` may be handed on as a value: the text spells the
/// name other than before a `.` (`sys.exit`), in a plain `import sys` or in `from sys
/// import ...`. Handed to code that sets attributes by name (`parse_args(namespace=sys)`
/// given `--exit`, a dataclass's `__init__` given it as `self`, `functools.update_wrapper`,
/// also `os.sys`), its attributes change unseen (red-team round 43, helper B).
pub(crate) fn module_handed_on(guard: &GuardText, module: &str) -> bool {
    let text = guard.text.as_str();
    let bytes = text.as_bytes();
    let word = |i: usize| {
        bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    };
    text.match_indices(module)
        .filter(|&(at, _)| !(word(at + module.len()) || at > 0 && word(at - 1)))
        .any(|(at, _)| {
            let after = text[at + module.len()..].trim_start_matches([' ', '\t']);
            if after.starts_with('.') {
                return false;
            }
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let before = text[line_start..at].trim();
            let plain_import = (before == "import"
                || before.starts_with("import ") && before.ends_with(','))
                && (after.is_empty() || after.starts_with(['\n', '\r', ',', ';']));
            // (`from dataclasses import dataclass` hands on a name from it, not the module.)
            let from_import = before == "from" && after.starts_with("import");
            !plain_import && !from_import
        })
}

/// Whether the code spells a private name (`__dry`, not `__init__`) other than as an
/// attribute (`self.__dry`): inside a class Python reads and binds it as `_Rig__dry`, a
/// name the text never spells there (red-team round 43).
pub(crate) fn spells_private_names(guard: &GuardText) -> bool {
    guard.private_names
}

/// [`spells_private_names`], searched in `text`.
fn private_names_in(text: &str) -> bool {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    text.match_indices("__").any(|(at, _)| {
        if at > 0 && (word(bytes[at - 1]) || bytes[at - 1] == b'.') {
            return false;
        }
        let end = at + bytes[at..].iter().take_while(|b| word(**b)).count();
        let name = &text[at..end];
        name.len() > 2
            && !name.ends_with("__")
            && bytes.get(at + 2).is_some_and(|b| b.is_ascii_alphanumeric())
    })
}

/// Names a library calls on a module it imported by a name given at run time (which may
/// be the script's own, computed from pieces, or set in the environment): a matplotlib
/// backend's hooks, `xml.sax`'s parser factory, an IPython extension's loaders.
const LIBRARY_HOOKS: &[&str] = &[
    "new_figure_manager",
    "new_figure_manager_given_figure",
    "draw_if_interactive",
    "show",
    "create_parser",
    "load_ipython_extension",
    "unload_ipython_extension",
];

/// Every undecorated `def` outside class bodies whose name is not `__special__` or a
/// [`LIBRARY_HOOKS`] name, and every [`inert_class`] outside them: its name and body.
struct PlainDefs<'a> {
    /// Name, where the `def` or `class` spells it, and body.
    found: Vec<(&'a str, TextSize, &'a [Stmt])>,
}

impl<'a> Visitor<'a> for PlainDefs<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::ClassDef(class) => {
                // (Each method's body: the class body itself runs, with the methods'
                // defaults and annotations, when the class is defined.)
                if inert_class(class) && !unseen_name(class.name.as_str()) {
                    for stmt in &class.body {
                        if let Stmt::FunctionDef(method) = stmt {
                            self.found.push((
                                class.name.as_str(),
                                class.name.range.start(),
                                &method.body,
                            ));
                        }
                    }
                }
            }
            Stmt::FunctionDef(def) => {
                let name = def.name.as_str();
                if def.decorator_list.is_empty() && !unseen_name(name) {
                    self.found.push((name, def.name.range.start(), &def.body));
                }
                self.visit_body(&def.body);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, _: &'a Expr) {}
}

/// Whether code may reach a function or class by `name` without spelling it: a
/// `__special__` name Python calls, a [`LIBRARY_HOOKS`] name, or a mangled private name
/// (`_Rig__reset` is what `__reset` means inside `class Rig`).
fn unseen_name(name: &str) -> bool {
    let special = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
    let mangled = name.starts_with('_') && name[1..].contains("__");
    special || mangled || LIBRARY_HOOKS.contains(&name)
}

/// A class whose definition runs nothing of its own and hands itself and its methods to
/// nothing: no decorator, base (but `object`), keyword or metaclass, and a body of only a
/// docstring, `pass`, assignments of literals and undecorated `def`s whose defaults and
/// annotations are [`inert_expression`]s, as are the class's own annotations. Until code
/// names it, no instance exists and none of its methods can run (red-team round 46: a
/// class of write methods defined and never used counted as writing; helper O: a write,
/// or a method handed out, in a default or an annotation runs when the class is
/// defined).
fn inert_class(class: &ast::StmtClassDef) -> bool {
    let literal = |value: &Expr| {
        matches!(
            value,
            Expr::StringLiteral(_)
                | Expr::NumberLiteral(_)
                | Expr::BooleanLiteral(_)
                | Expr::NoneLiteral(_)
        )
    };
    let inert = |stmt: &Stmt| match stmt {
        Stmt::Pass(_) => true,
        Stmt::Expr(e) => e.value.is_string_literal_expr() || e.value.is_ellipsis_literal_expr(),
        Stmt::FunctionDef(def) => inert_signature(def),
        Stmt::Assign(a) => literal(&a.value) && a.targets.iter().all(Expr::is_name_expr),
        Stmt::AnnAssign(a) => {
            a.target.is_name_expr()
                && inert_expression(&a.annotation)
                && a.value.as_deref().is_none_or(literal)
        }
        _ => false,
    };
    plain_class(class) && class.body.iter().all(inert)
}

/// A class with no decorator, keyword or metaclass and no base but `object`: its attributes
/// and instances are only what its own body and methods make them.
pub(crate) fn plain_class(class: &ast::StmtClassDef) -> bool {
    class.decorator_list.is_empty()
        && class.arguments.as_deref().is_none_or(|arguments| {
            arguments.keywords.is_empty()
                && arguments
                    .args
                    .iter()
                    .all(|base| matches!(base, Expr::Name(n) if n.id.as_str() == "object"))
        })
}

/// Whether defining `def` runs nothing and hands nothing out: no decorator or type
/// parameters, and every default and annotation an [`inert_expression`].
fn inert_signature(def: &ast::StmtFunctionDef) -> bool {
    let parameters = &def.parameters;
    let annotations = parameters
        .iter()
        .filter_map(|p| p.annotation())
        .chain(def.returns.as_deref());
    let defaults = parameters
        .iter_non_variadic_params()
        .filter_map(|p| p.default.as_deref());
    def.decorator_list.is_empty()
        && def.type_params.is_none()
        && annotations.chain(defaults).all(inert_expression)
}

/// An expression whose evaluation calls nothing the code defines and keeps nothing it can
/// reach: a literal, a name, an attribute or subscript of those (`float`, `np.ndarray`,
/// `list[float]`), a tuple or list of them, or a union (`int | None`).
fn inert_expression(expr: &Expr) -> bool {
    match expr {
        Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_)
        | Expr::Name(_) => true,
        Expr::Attribute(a) => inert_expression(&a.value),
        Expr::Subscript(s) => inert_expression(&s.value) && inert_expression(&s.slice),
        Expr::Tuple(t) => t.elts.iter().all(inert_expression),
        Expr::List(l) => l.elts.iter().all(inert_expression),
        Expr::BinOp(b) => {
            b.op == ast::Operator::BitOr && inert_expression(&b.left) && inert_expression(&b.right)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard(code: &str) -> (ruff_python_parser::Parsed<ast::ModModule>, GuardText) {
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        let guard = GuardText::of(code, parsed.tokens(), &parsed.syntax().body);
        (parsed, guard)
    }

    fn names(code: &str) -> Vec<String> {
        let (parsed, guard) = guard(code);
        uncalled_bodies(&parsed.syntax().body, &guard, &[])
            .iter()
            .map(|b| b.name.to_owned())
            .collect()
    }

    #[test]
    fn a_function_spelt_only_in_its_def_is_uncalled() {
        let code = "from epics import caput\n\ndef restore():\n    caput('A', 1)\n\nx = 1\n";
        assert_eq!(names(code), ["restore"]);
    }

    #[test]
    fn any_other_spelling_of_the_name_keeps_it() {
        for code in [
            "def restore():\n    pass\nrestore()\n",
            "def restore():\n    pass\nhooks = [restore]\n",
            "def restore():\n    pass\nname = 'restore'\n",
            "def restore():\n    restore()\n",
            "def restore():\n    pass\ndef restore():\n    pass\n",
        ] {
            assert!(names(code).is_empty(), "{code}");
        }
    }

    #[test]
    fn decorated_special_and_method_functions_are_kept() {
        for code in [
            "import atexit\n@atexit.register\ndef restore():\n    pass\n",
            "def __getattr__(name):\n    pass\n",
            "class Guard:\n    def restore(self):\n        pass\nGuard()\n",
        ] {
            assert!(names(code).is_empty(), "{code}");
        }
    }

    #[test]
    fn an_inert_class_spelt_only_in_its_def_is_uncalled() {
        let code = "import tango\nclass Cycler:\n    \"Cycles.\"\n    STEPS = 3\n    \
                    def cycle(self):\n        tango.DeviceProxy('a/b/c').Cycle()\n";
        assert_eq!(names(code), ["Cycler"]);
        // Anything run at definition, or a class reached without its name, keeps it.
        for class in [
            "@register\nclass Cycler:\n    pass\n",
            "class Cycler(Base):\n    pass\n",
            "class Cycler(metaclass=Meta):\n    pass\n",
            "class Cycler:\n    hook = Registrar()\n",
            "class Cycler:\n    @run_now\n    def cycle(self):\n        pass\n",
            "class Cycler:\n    def cycle(self, x=kick()):\n        pass\n",
            "class Cycler:\n    def cycle(self) -> kick():\n        pass\n",
            "class Cycler:\n    level: kick()\n",
            "class Cycler:\n    pass\nobject.__subclasses__()\n",
        ] {
            assert!(names(class).is_empty(), "{class}");
        }
    }

    #[test]
    fn routes_to_a_function_by_computed_name_turn_the_rule_off() {
        for route in [
            "globals()['re' + 'store']()",
            "import sys\nsys.modules[__name__]",
            "import pickle",
            "eval('re' + 'store()')",
            "import typing\ntyping.get_type_hints(f)",
            "getattr(m, 're' + 'store')()",
            "import inspect",
            "class Any:\n    __match_args__ = ('__glob' + 'als__',)",
            "print.__self__.__getstate__()",
            "import matplotlib\nmatplotlib.use('module://' + name)",
            "import matplotlib\nmatplotlib.use(name)",
        ] {
            let code = format!("def restore():\n    pass\n{route}\n");
            assert!(names(&code).is_empty(), "{route}");
        }
    }

    #[test]
    fn comments_docstrings_and_main_guards_neither_spell_names_nor_turn_the_rule_off() {
        let code = "\"\"\"Inspect the orbit; restore by hand.\"\"\"\n\
                    def restore():\n    \"\"\"eval-free.\"\"\"\n    pass\n\
                    # call restore() after you inspect the globals, 20 µA\n\
                    def main():\n    pass\nif __name__ == \"__main__\":\n    main()\n";
        assert_eq!(names(code), ["restore"]);
        // A string elsewhere still spells the name, and `__main__` elsewhere is a route.
        assert!(names(&format!("{code}print('restore')\n")).is_empty());
        assert!(names(&format!("{code}import __main__\n")).is_empty());
        assert!(names(&format!("{code}x = '__main__'\n")).is_empty());
        // The offsets of what stays are the source's.
        let (_, guard) = guard(code);
        assert_eq!(guard.text.len(), code.len());
        assert_eq!(guard.text.find("def main"), code.find("def main"));
    }

    #[test]
    fn a_module_is_handed_on_unless_spelt_before_a_dot_or_in_a_plain_import() {
        let handed = |code: &str| module_handed_on(&guard(code).1, "sys");
        assert!(!handed(
            "import sys\nimport os, sys\nsys.exit(0)\n# sys here\n"
        ));
        assert!(handed("import sys\nparser.parse_args(namespace=sys)\n"));
        assert!(handed("import os\nf(os.sys)\n"));
        assert!(handed("import sys as s\n"));
    }

    #[test]
    fn bare_private_names_are_found_and_private_attributes_are_not() {
        let private = |code: &str| spells_private_names(&guard(code).1);
        assert!(private(
            "class Rig:\n    def go(self):\n        __reset()\n"
        ));
        assert!(private("def f():\n    global __dry\n"));
        assert!(!private(
            "class Rig:\n    def go(self):\n        self.__pv = 1\n"
        ));
        assert!(!private(
            "class Rig:\n    def __init__(self):\n        pass\n# __x\n"
        ));
    }

    #[test]
    fn a_literal_backend_keeps_the_rule() {
        let code = "import matplotlib\nmatplotlib.use('Agg')\ndef restore():\n    pass\n";
        assert_eq!(names(code), ["restore"]);
    }

    #[test]
    fn identifier_characters_outside_ascii_turn_the_rule_off() {
        let code = "def restore():\n    pass\nｒｅｓｔｏｒｅ()\n";
        assert!(names(code).is_empty());
        let degrees = "def restore():\n    pass\n# 20 °C\n";
        assert_eq!(names(degrees), ["restore"]);
    }

    #[test]
    fn a_nested_function_spelt_once_is_uncalled_but_its_default_is_outside_its_body() {
        let code = "def outer(x):\n    def inner(v=x):\n        return v\n    return 1\nouter(2)\n";
        let (parsed, guard) = guard(code);
        let bodies = uncalled_bodies(&parsed.syntax().body, &guard, &[]);
        assert_eq!(bodies.len(), 1);
        assert_eq!(bodies[0].name, "inner");
        let default_at = code.find("v=x").expect("default") as u32 + 2;
        assert!(!bodies[0].holds(default_at));
        let body_at = code.find("return v").expect("body") as u32;
        assert!(bodies[0].holds(body_at));
    }
}
