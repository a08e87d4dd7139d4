//! Code the standard library writes from the script's data and then runs. `dataclasses`
//! builds `__init__`, `__repr__`, `__eq__` and their helpers as source text with each
//! field's name pasted in unchecked, then `exec`s it in the script's globals, so a field
//! named `"x=epics.caput('SR:C1:HCM1', 1.5),*,y"` is a call the generated code makes. A
//! field's name is safe only when the code spells it as an identifier: an annotation in a
//! class body (`gap: float`) or a literal in `make_dataclass(..., ["gap", ("pv", str)])`.
//!
//! [`pasted_field_names`] finds scripts where a dataclass's field names may be computed,
//! when the text mentions `dataclass` at all:
//! - a way to fill a class's namespace or fields from data: `__annotations__`,
//!   `__prepare__`, a metaclass (`metaclass`, `__new__`, `types.new_class`),
//!   `__init_subclass__`, the namespace as `vars()`/`locals()` or a frame's `f_locals`, or
//!   `__dataclass_fields__`, whose `Field`s a subclass's generated code names;
//! - a computed `setattr` or a store to a `.name`, which can rename a class's attributes
//!   before `dataclass` runs on it, or a base's `Field` before a subclass's generated code
//!   pastes it: counted unless every `dataclass` the code spells is the innermost
//!   decorator of a class without bases (applied first, to the class as its body made it)
//!   or an import of that name, and the code never spells `make_dataclass` (which checks
//!   its own field names, but not those of the bases it is given).
//!
//! Such a script gets a high `dynamic_code` finding: the analyzer cannot see what the
//! generated code calls (red-team round 42). `collections.namedtuple` and
//! `typing.NamedTuple` also generate code, but check that every name is an identifier.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// Routes that fill a class's namespace, annotations or fields from data.
static FILLS_NAMESPACE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(concat!(
        r"(?-u:\b)(__annotations__|__prepare__|__new__|new_class|__init_subclass__|metaclass",
        r"|f_locals|__dataclass_fields__)(?-u:\b)|(?-u:\b)(vars|locals)\s*\(\s*\)",
    ))
    .expect("namespace-filling words")
});

/// Routes that rename a class's attribute or a `Field` (see the module's documentation).
static RENAMES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?-u:\b)(setattr|__setattr__)(?-u:\b)|\.\s*name\s*=[^=]")
        .expect("renaming routes")
});

/// Where and why the script may run code `dataclasses` pastes together from computed field
/// names (see the module's documentation), or `None`.
pub(crate) fn pasted_field_names(module: &[Stmt], source: &str) -> Option<(u32, &'static str)> {
    if !source.contains("dataclass") {
        return None;
    }
    if let Some(found) = FILLS_NAMESPACE.find(source) {
        return Some((
            found.start() as u32,
            "a dataclass's field names may be computed here (the class's namespace, \
             annotations or fields are filled from data), and dataclasses paste field names \
             into code they run",
        ));
    }
    let renamed = RENAMES.find(source)?;
    let mut uses = DataclassUses {
        applied_later: None,
        innermost_decorators: Vec::new(),
    };
    uses.visit_body(module);
    uses.applied_later.map(|_| {
        (
            renamed.start() as u32,
            "a dataclass's field names may be renamed here (a computed `setattr` or a store to \
             `.name`) before dataclasses paste them into code they run",
        )
    })
}

/// The first `dataclass` the code applies other than first to a class without bases, or
/// `make_dataclass` (see the module's documentation).
struct DataclassUses {
    applied_later: Option<u32>,
    /// The innermost decorators of classes without bases that are `dataclass` (offsets).
    innermost_decorators: Vec<u32>,
}

impl<'a> Visitor<'a> for DataclassUses {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            // `from dataclasses import dataclass as dc`: applied as `dc`, unseen here.
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    if matches!(name, "dataclass" | "make_dataclass")
                        && alias.asname.as_ref().is_some_and(|n| n.as_str() != name)
                    {
                        self.applied_later.get_or_insert(alias.start().to_u32());
                    }
                }
                return;
            }
            Stmt::ClassDef(class) => {
                let plain = class.arguments.as_ref().is_none_or(|a| a.is_empty());
                if let Some(innermost) = class.decorator_list.last()
                    && plain
                    && is_dataclass_decorator(&innermost.expression)
                {
                    self.innermost_decorators
                        .push(innermost.expression.start().to_u32());
                }
            }
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(_) | Expr::Attribute(_) => {
                let at = expr.start().to_u32();
                let applied = (names(expr, "dataclass")
                    && !self.innermost_decorators.contains(&at))
                    || names(expr, "make_dataclass");
                if applied {
                    self.applied_later.get_or_insert(at);
                }
            }
            // `getattr(dataclasses, "dataclass")`: a spelling the walk above cannot follow.
            Expr::StringLiteral(s) if s.value.to_str().contains("dataclass") => {
                self.applied_later.get_or_insert(expr.start().to_u32());
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// `dataclass`, `dataclasses.dataclass`, or either called (`@dataclass(frozen=True)`).
fn is_dataclass_decorator(expr: &Expr) -> bool {
    match expr {
        Expr::Call(call) => names(&call.func, "dataclass"),
        _ => names(expr, "dataclass"),
    }
}

/// Whether `expr` is the name `name` or an attribute of that name.
fn names(expr: &Expr, name: &str) -> bool {
    match expr {
        Expr::Name(n) => n.id.as_str() == name,
        Expr::Attribute(a) => a.attr.as_str() == name,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(source: &str) -> bool {
        let parsed = ruff_python_parser::parse_module(source).expect("test code parses");
        pasted_field_names(&parsed.syntax().body, source).is_some()
    }

    #[test]
    fn annotations_filled_from_data_with_a_dataclass_are_found() {
        assert!(verdict(
            "import dataclasses\nclass C:\n    __annotations__ = {n: int for n in names}\n\
             dataclasses.dataclass(C)\n"
        ));
        assert!(verdict(
            "from dataclasses import dataclass\nclass C: pass\nsetattr(C, k, {})\n\
             dataclass(C)\n"
        ));
        assert!(verdict(
            "from dataclasses import dataclass\n@dataclass\nclass C:\n    vars()[k] = int\n"
        ));
    }

    #[test]
    fn make_dataclass_counts_only_with_a_rename() {
        // Python checks `make_dataclass`'s own field names, not its bases' fields.
        assert!(!verdict(
            "import dataclasses\nD = dataclasses.make_dataclass('D', [spec])\n"
        ));
        assert!(verdict(
            "import dataclasses\nB = dataclasses.make_dataclass('B', ['x'])\n\
             dataclasses.fields(B)[0].name = spec\n\
             C = dataclasses.make_dataclass('C', ['y'], bases=(B,))\n"
        ));
    }

    #[test]
    fn renames_count_unless_dataclass_is_applied_first_to_classes_without_bases() {
        // A computed setattr on an instance of a dataclass applied as the innermost
        // decorator renames nothing dataclasses read (corpus 184).
        assert!(!verdict(
            "from dataclasses import dataclass, fields\n@dataclass(frozen=False)\nclass S:\n    \
             gap: float = 1.0\ns = S()\nfor f in fields(s):\n    setattr(s, f.name, 2.0)\n"
        ));
        // A base's `Field` renamed before a subclass pastes it.
        assert!(verdict(
            "import dataclasses\n@dataclasses.dataclass\nclass B:\n    x: int = 0\n\
             dataclasses.fields(B)[0].name = spec\n@dataclasses.dataclass\nclass C(B):\n    \
             y: int = 1\n"
        ));
        // Applied after another decorator, which may have renamed the class's attributes.
        assert!(verdict(
            "from dataclasses import dataclass\n@dataclass\n@fill\nclass C:\n    x: int\n\
             def fill(c):\n    setattr(c, k, v)\n    return c\n"
        ));
        // Spelt in a string: `getattr(dataclasses, 'dataclass')(C)`.
        assert!(verdict(
            "import dataclasses\nclass C: pass\nsetattr(C, k, v)\n\
             getattr(dataclasses, 'dataclass')(C)\n"
        ));
    }

    #[test]
    fn plain_dataclasses_and_annotations_without_dataclasses_are_not_found() {
        assert!(!verdict(
            "from dataclasses import dataclass\n@dataclass\nclass C:\n    gap: float = 1.0\n"
        ));
        assert!(!verdict("def f(x: int): pass\nprint(f.__annotations__)\n"));
    }
}
