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
//! `name = value` (a method, a property, an annotation), makes it unknown here.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};

use super::files;

/// One store of the attribute.
pub(crate) enum Store<'a> {
    /// `obj.name = value` (also annotated): the value, evaluated where the store stands.
    Attribute(&'a Expr),
    /// `name = value` directly in the body of `class`.
    ClassBody(&'a ast::StmtClassDef, &'a Expr),
}

/// Every store of attributes called `name` in `module`, when each is a plain [`Store`];
/// `None` when some other target or class-body binding may set one (see the module's
/// documentation).
pub(crate) fn attribute_stores<'a>(module: &'a [Stmt], name: &str) -> Option<Vec<Store<'a>>> {
    let mut scan = Scan {
        name,
        stores: Vec::new(),
        unseen: false,
    };
    scan.visit_body(module);
    (!scan.unseen).then_some(scan.stores)
}

struct Scan<'a, 'n> {
    name: &'n str,
    stores: Vec<Store<'a>>,
    unseen: bool,
}

impl Scan<'_, '_> {
    /// Whether `expr` is `<object>.name`.
    fn is_our_attribute(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Attribute(a) if a.attr.as_str() == self.name)
    }
}

impl<'a> Visitor<'a> for Scan<'a, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(a) if a.targets.len() == 1 && self.is_our_attribute(&a.targets[0]) => {
                self.stores.push(Store::Attribute(&a.value));
                if let Expr::Attribute(target) = &a.targets[0] {
                    self.visit_expr(&target.value);
                }
                self.visit_expr(&a.value);
            }
            Stmt::AnnAssign(a) if self.is_our_attribute(&a.target) => match a.value.as_deref() {
                Some(value) => {
                    self.stores.push(Store::Attribute(value));
                    if let Expr::Attribute(target) = a.target.as_ref() {
                        self.visit_expr(&target.value);
                    }
                    self.visit_expr(value);
                }
                None => self.unseen = true,
            },
            Stmt::ClassDef(class) => {
                for stmt in &class.body {
                    match stmt {
                        Stmt::Assign(a)
                            if matches!(a.targets.as_slice(),
                                [Expr::Name(n)] if n.id.as_str() == self.name) =>
                        {
                            self.stores.push(Store::ClassBody(class, &a.value));
                        }
                        // (A method's own name is another binding: a property, say.)
                        Stmt::FunctionDef(f) => self.unseen |= f.name.as_str() == self.name,
                        other => {
                            self.unseen |=
                                files::bindings_of(std::slice::from_ref(other), self.name) > 0;
                        }
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Attribute(a) if a.attr.as_str() == self.name && a.ctx != ExprContext::Load => {
                self.unseen = true;
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}
