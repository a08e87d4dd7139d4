//! Attributes that hold one flag for good: where the code stores an attribute of a given
//! name. `class Settings: DRY_RUN = True` and `self.simulate = simulate` (with every
//! `Controller(simulate=True)`) guard writes as a module flag does; the walk decides such
//! tests ([`super::dataflow`]'s `attribute_constant`) when every store of the name is a
//! plain one seen here.
//!
//! The walk asks only about attributes of instances of plain local classes (no base but
//! `object`, no decorator or metaclass), which nothing but their own class body and
//! `obj.name = ...` sets, unless the code reaches attributes by a computed name
//! (`setattr`, `__dict__`, `vars`: the walk checks that apart). An unpacking, loop,
//! `with`, augmented or deleting target of the name, or a class-body binding other than
//! `name = value` or `name: T = value` (a method, a property), makes it unknown here. A
//! dataclass's field (`dry_run: bool = True`) is stored by constructing the class too:
//! the walk reads those calls apart.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextSize};

use super::files;

/// One store of the attribute.
#[derive(Clone, Copy)]
pub(crate) enum Store<'a> {
    /// `obj.name = value` (also annotated): the value, evaluated where the store stands.
    Attribute(&'a Expr),
    /// `name = value` directly in the body of `class`.
    ClassBody(&'a ast::StmtClassDef, &'a Expr),
    /// `name: T = value` (or `name: T`) directly in the body of `class`: a class attribute,
    /// or a dataclass's field (its default).
    Field(&'a ast::StmtClassDef, Option<&'a Expr>),
}

/// Every store of attributes in a module, by attribute name ([`Self::stores`]), found in
/// one pass over the module.
pub(crate) struct AttributeIndex<'a> {
    stores: HashMap<&'a str, Vec<Store<'a>>>,
    /// Names some other target stores (`obj.name += 1`, `a.name, b = ...`, `for o.name
    /// in ...`, `del o.name`) or a class body binds as other than `name = value` (a
    /// method, a property).
    unseen: HashSet<&'a str>,
    /// Class-body statements that may bind names (`if`, `for`, `import`, annotations),
    /// searched for a name when it is asked about.
    class_body_others: Vec<&'a Stmt>,
}

impl<'a> AttributeIndex<'a> {
    pub(crate) fn of(module: &'a [Stmt]) -> Self {
        let mut index = AttributeIndex {
            stores: HashMap::default(),
            unseen: HashSet::default(),
            class_body_others: Vec::new(),
        };
        index.visit_body(module);
        index
    }

    /// Every store of attributes called `name`, when each is a plain [`Store`]; `None`
    /// when some other target or class-body binding may set one (see the module's
    /// documentation).
    pub(crate) fn stores(&self, name: &str) -> Option<&[Store<'a>]> {
        let other_binding = self
            .class_body_others
            .iter()
            .any(|stmt| files::bindings_of(std::slice::from_ref(*stmt), name) > 0);
        if self.unseen.contains(name) || other_binding {
            return None;
        }
        Some(self.stores.get(name).map_or(&[], Vec::as_slice))
    }

    fn store(&mut self, target: &'a Expr, value: &'a Expr) {
        if let Expr::Attribute(a) = target {
            self.stores
                .entry(a.attr.as_str())
                .or_default()
                .push(Store::Attribute(value));
            self.visit_expr(&a.value);
        }
    }
}

impl<'a> Visitor<'a> for AttributeIndex<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(a) if a.targets.len() == 1 && a.targets[0].is_attribute_expr() => {
                self.store(&a.targets[0], &a.value);
                self.visit_expr(&a.value);
            }
            Stmt::AnnAssign(a) if a.target.is_attribute_expr() => match a.value.as_deref() {
                Some(value) => {
                    self.store(&a.target, value);
                    self.visit_expr(value);
                }
                None => visitor::walk_stmt(self, stmt),
            },
            Stmt::ClassDef(class) => {
                for stmt in &class.body {
                    match stmt {
                        Stmt::Assign(a) => match a.targets.as_slice() {
                            [Expr::Name(n)] => self
                                .stores
                                .entry(n.id.as_str())
                                .or_default()
                                .push(Store::ClassBody(class, &a.value)),
                            _ => self.class_body_others.push(stmt),
                        },
                        Stmt::AnnAssign(a) if a.simple => match a.target.as_ref() {
                            Expr::Name(n) => self
                                .stores
                                .entry(n.id.as_str())
                                .or_default()
                                .push(Store::Field(class, a.value.as_deref())),
                            _ => self.class_body_others.push(stmt),
                        },
                        // (A method's own name is another binding: a property, say.)
                        Stmt::FunctionDef(f) => {
                            self.unseen.insert(f.name.as_str());
                        }
                        Stmt::Pass(_) => {}
                        other => self.class_body_others.push(other),
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Attribute(a) = expr
            && a.ctx != ExprContext::Load
        {
            self.unseen.insert(a.attr.as_str());
        }
        visitor::walk_expr(self, expr);
    }
}

/// Whether instances of `class` (or the class itself) may reach code the walk does not see
/// set attributes in: library code handed them (`threading.Event.set(obj)`,
/// `dataclass(Settings)`, `abc.ABCMeta(name, (Settings,), ns)`, a library method that
/// makes `type(self)()`), or library functions and properties bound in the class body
/// (`set_mode = ftplib.FTP.set_pasv`). Red-team round 47, helper W: 140 writes behind
/// attribute flags set that way.
///
/// Read from the text, closed-world: the class body holds only undecorated `def`s and
/// literal bindings; the class's name is read only to call it, read its attributes or
/// annotate; each call of it is bound straight to a name, read an attribute of, discarded
/// or handed to a module-level plain function; every name so bound (anywhere, by name),
/// every parameter such a call reaches, and each method's `self` in its own body are read
/// only for their fields, to call the class's own methods where they are read, or to be
/// handed on the same way. Anything else (`print`, a list, a `return`, a library call, a
/// bound method taken as a value, whose `__self__` `weakref.WeakMethod` gives back,
/// `Settings.mro()`) counts as an escape (red-team round 47, helper Y).
pub(crate) fn instances_escape(module: &[Stmt], class: &ast::StmtClassDef) -> bool {
    let closed_body = class.body.iter().all(|stmt| match stmt {
        Stmt::FunctionDef(f) => f.decorator_list.is_empty(),
        Stmt::Assign(a) => {
            matches!(a.targets.as_slice(), [Expr::Name(_)]) && a.value.is_literal_expr()
        }
        Stmt::AnnAssign(a) => {
            a.target.is_name_expr() && a.value.as_deref().is_none_or(Expr::is_literal_expr)
        }
        Stmt::Expr(e) => e.value.is_string_literal_expr(),
        Stmt::Pass(_) => true,
        _ => false,
    });
    if !closed_body {
        return true;
    }
    let functions: HashMap<&str, &ast::StmtFunctionDef> = module
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(f)
                if f.decorator_list.is_empty()
                    && !f.is_async
                    && files::bindings_of(module, f.name.as_str()) == 1 =>
            {
                Some((f.name.as_str(), f))
            }
            _ => None,
        })
        .collect();
    let class_name = class.name.as_str();
    let methods = methods_of(class);
    let mut holders: HashSet<&str> = HashSet::default();
    // (Parameters reached add names; a few rounds settle them.)
    for _ in 0..8 {
        let Some(reached) = kept_in_sight(module, class_name, &holders, &methods, &functions)
        else {
            return true;
        };
        let before = holders.len();
        holders.extend(reached);
        if holders.len() == before {
            return methods_hand_self_on(class, &methods, &functions);
        }
    }
    true
}

/// The names a class body binds by `def`.
fn methods_of(class: &ast::StmtClassDef) -> HashSet<&str> {
    class
        .body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(f) => Some(f.name.as_str()),
            _ => None,
        })
        .collect()
}

/// Whether a method of `class` hands its `self` on other than [`instances_escape`] allows.
fn methods_hand_self_on(
    class: &ast::StmtClassDef,
    methods: &HashSet<&str>,
    functions: &HashMap<&str, &ast::StmtFunctionDef>,
) -> bool {
    class.body.iter().any(|stmt| {
        let Stmt::FunctionDef(method) = stmt else {
            return false;
        };
        let Some(me) = method.parameters.iter_non_variadic_params().next() else {
            return false;
        };
        let names: HashSet<&str> = std::iter::once(me.parameter.name.as_str()).collect();
        // (Handed to a module function, its parameter must keep to the same rules: taken
        // as escaping here, to stay simple.)
        kept_in_sight(&method.body, "", &names, methods, functions)
            .is_none_or(|reached| !reached.is_empty())
    })
}

/// Whether, in `body`, every read of the class's name (`""`: none) and of the names in
/// `holders` keeps the instance in sight ([`Uses`], then [`Loads`]); if so, the names the
/// instances reach besides (names bound to a construction, parameters handed one).
fn kept_in_sight<'b>(
    body: &'b [Stmt],
    class_name: &str,
    holders: &HashSet<&'b str>,
    methods: &HashSet<&'b str>,
    functions: &HashMap<&'b str, &'b ast::StmtFunctionDef>,
) -> Option<Vec<&'b str>> {
    let mut uses = Uses {
        class_name,
        holders,
        methods,
        functions,
        allowed: HashSet::default(),
        reached: Vec::new(),
        escaped: false,
    };
    uses.visit_body(body);
    let mut loads = Loads {
        class_name,
        names: holders,
        allowed: &uses.allowed,
        escaped: false,
    };
    loads.visit_body(body);
    (!uses.escaped && !loads.escaped).then_some(uses.reached)
}

/// [`instances_escape`]'s first look: which reads of the class's name and of the holding
/// names stand where an instance stays in sight (their ranges' starts), and which
/// parameters calls hand instances to.
struct Uses<'b, 's> {
    class_name: &'s str,
    holders: &'s HashSet<&'b str>,
    /// The class's own methods, by name.
    methods: &'s HashSet<&'b str>,
    functions: &'s HashMap<&'b str, &'b ast::StmtFunctionDef>,
    allowed: HashSet<TextSize>,
    reached: Vec<&'b str>,
    escaped: bool,
}

impl<'b> Uses<'b, '_> {
    /// Whether `expr` is an instance made here (`Settings(...)`) or a name holding one.
    fn holds(&self, expr: &Expr) -> bool {
        match expr {
            Expr::Name(n) => {
                let name = n.id.as_str();
                self.holders.contains(name) || name == self.class_name
            }
            Expr::Call(c) => {
                matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == self.class_name)
            }
            _ => false,
        }
    }

    /// Notes `expr` (an instance, made or held) as staying in sight where it stands.
    fn keep(&mut self, expr: &'b Expr) {
        if self.holds(expr) {
            self.allowed.insert(expr.start());
        }
    }
}

impl<'b> Visitor<'b> for Uses<'b, '_> {
    fn visit_stmt(&mut self, stmt: &'b Stmt) {
        let bound = match stmt {
            Stmt::Assign(a) => match a.targets.as_slice() {
                [target] => Some((target, a.value.as_ref())),
                _ => None,
            },
            Stmt::AnnAssign(a) => a.value.as_deref().map(|value| (a.target.as_ref(), value)),
            _ => None,
        };
        if let Some((Expr::Name(target), Expr::Call(c))) = bound
            && matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == self.class_name)
        {
            self.allowed.insert(c.start());
            self.reached.push(target.id.as_str());
        }
        if let Stmt::Expr(e) = stmt {
            self.keep(&e.value);
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'b Expr) {
        match expr {
            // `cfg.dry_run`, `cfg.pv`: a field. Not a bound method taken as a value
            // (`cfg.apply` hands on its `__self__`: `weakref.WeakMethod(cfg.apply)()`
            // gives the instance back; red-team round 47, helper Y), nor a special or
            // private attribute, nor `Settings.mro()`.
            Expr::Attribute(a) => {
                let name = a.attr.as_str();
                if !name.starts_with("__") && name != "mro" && !self.methods.contains(name) {
                    self.keep(&a.value);
                }
            }
            Expr::Call(c) => {
                // `cfg.apply(...)`: the class's own method, called where it is read.
                if let Expr::Attribute(a) = c.func.as_ref()
                    && self.methods.contains(a.attr.as_str())
                    && !a.attr.as_str().starts_with("__")
                {
                    self.keep(&a.value);
                }
                if let Expr::Name(f) = c.func.as_ref()
                    && let Some(function) = self.functions.get(f.id.as_str())
                {
                    let unpacks = c.arguments.args.iter().any(Expr::is_starred_expr)
                        || c.arguments.keywords.iter().any(|k| k.arg.is_none());
                    let parameters: Vec<&'b str> = function
                        .parameters
                        .iter_non_variadic_params()
                        .map(|p| p.parameter.name.as_str())
                        .collect();
                    for (at, argument) in c.arguments.args.iter().enumerate() {
                        if self.holds(argument) {
                            match parameters.get(at) {
                                Some(parameter) if !unpacks => {
                                    self.allowed.insert(argument.start());
                                    self.reached.push(parameter);
                                }
                                _ => self.escaped = true,
                            }
                        }
                    }
                    for keyword in &c.arguments.keywords {
                        if self.holds(&keyword.value) {
                            match keyword.arg.as_ref() {
                                Some(name) if parameters.contains(&name.as_str()) => {
                                    self.allowed.insert(keyword.value.start());
                                    let parameter =
                                        parameters.iter().find(|p| **p == name.as_str()).copied();
                                    self.reached.extend(parameter);
                                }
                                _ => self.escaped = true,
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// [`instances_escape`]'s second look: every read of the class's name or a holding name
/// stands where [`Uses`] allowed it (or in an annotation, for the class's name).
struct Loads<'b, 's> {
    class_name: &'s str,
    names: &'s HashSet<&'b str>,
    allowed: &'s HashSet<TextSize>,
    escaped: bool,
}

impl<'b> Visitor<'b> for Loads<'b, '_> {
    fn visit_annotation(&mut self, _: &'b Expr) {}

    fn visit_expr(&mut self, expr: &'b Expr) {
        match expr {
            Expr::Name(n) if n.ctx == ExprContext::Load => {
                let name = n.id.as_str();
                if (name == self.class_name || self.names.contains(name))
                    && !self.allowed.contains(&expr.start())
                {
                    self.escaped = true;
                }
            }
            // `Settings(...)` allowed where it stands keeps its own name in sight.
            Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == self.class_name) =>
            {
                if !self.allowed.contains(&expr.start()) {
                    self.escaped = true;
                }
                for argument in &c.arguments.args {
                    self.visit_expr(argument);
                }
                for keyword in &c.arguments.keywords {
                    self.visit_expr(&keyword.value);
                }
                return;
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escapes(code: &str) -> bool {
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        let module = &parsed.syntax().body;
        let class = module
            .iter()
            .find_map(|s| match s {
                Stmt::ClassDef(c) => Some(c),
                _ => None,
            })
            .expect("a class");
        instances_escape(module, class)
    }

    #[test]
    fn instances_kept_in_sight_do_not_escape() {
        let kept = "class C:\n    dry = True\n    def go(self):\n        return self.dry\n\
                    def run(cfg):\n    return cfg.go()\nc = C()\nrun(c)\nrun(cfg=C())\nC.dry\n";
        assert!(!escapes(kept));
        for handed_on in [
            "class C:\n    dry = True\nimport threading\nc = C()\nthreading.Event.set(c)\n",
            "class C:\n    dry = True\nfrom dataclasses import dataclass\ndataclass(C)\n",
            "class C:\n    dry = True\n    def go(self):\n        print(self)\n",
            "import ftplib\nclass C:\n    dry = True\n    set_mode = ftplib.FTP.set_pasv\n",
            "class C:\n    dry = True\nitems = [C()]\n",
            "class C:\n    dry = True\nc = C()\nd = c\n",
        ] {
            assert!(escapes(handed_on), "{handed_on}");
        }
    }
}
