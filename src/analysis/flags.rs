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
