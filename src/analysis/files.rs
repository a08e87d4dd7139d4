//! Files the code opens and writes: which modes a file opener is given, and whether a
//! path leaves the run folder.
//!
//! Modes: a literal (`'w'` writes, `'rb'` reads), either branch of a conditional (`'rb' if
//! binary else 'r'`), or a helper's parameter that only ever holds read modes. The last
//! needs the whole module: `def load(path, mode='r'): open(path, mode)` reads only if every
//! call of `load` passes a reading mode or none, the body never rebinds `mode`, and `load`
//! never escapes (handed on, decorated, named in a string for `getattr`), where something
//! unseen could call it with `'w'`. That is checked syntactically, conservatively: any use
//! of the function's name that is not a plain call with visible arguments counts as "may
//! write". The walk asks only for `open(.., name)` inside a function whose parameter `name`
//! has a reading default, which is rare, and memoises the answer.
//!
//! Paths: data products (`savefig`, `to_csv`, `np.save`, ...) are the run's output and not
//! findings while they land in the run folder (the working directory). A path written out
//! as absolute (`/tmp/orbit.png`), from the home directory (`~/x`, `Path.home()`), or
//! climbing out (`../x`) does not; neither does a relative one after `os.chdir` away.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextSize};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Deepest nesting the scan follows; deeper code counts as "may write".
const MAX_SCAN_DEPTH: u32 = 200;

/// Whether the mode expression may open for writing: a literal with `w`, `a`, `x` or `+`,
/// a conditional with such a branch, or anything that is not a literal.
pub(crate) fn mode_writes(mode: &Expr) -> bool {
    match mode {
        Expr::StringLiteral(s) => s
            .value
            .to_str()
            .chars()
            .any(|c| matches!(c, 'w' | 'a' | 'x' | '+')),
        Expr::If(choice) => mode_writes(&choice.body) || mode_writes(&choice.orelse),
        _ => true,
    }
}

/// Where a data product writer (figures, tables, arrays, images) takes its path: `Some(0)`
/// first (`savefig(path)`, `os.makedirs(path)`), `Some(1)` second (`pq.write_table(table,
/// where)`, `joblib.dump(value, filename)`); `None` for other calls. Not findings while the
/// path stays in the run folder.
pub(crate) fn product_path_argument(name: &str) -> Option<usize> {
    // (Asked for every call: most names are rejected by their first letter.)
    if !matches!(
        name.as_bytes().first(),
        Some(b's' | b't' | b'i' | b'w' | b'm' | b'o' | b'P' | b'd')
    ) {
        return None;
    }
    match name {
        "savefig" | "imsave" | "to_csv" | "to_parquet" | "to_hdf" | "to_excel" | "to_json"
        | "to_pickle" | "to_feather" | "to_netcdf" | "to_zarr" | "to_html" | "to_latex"
        | "to_markdown" | "to_stata" | "to_xml" | "save" | "savetxt" | "savez"
        | "savez_compressed" | "tofile" | "savemat" | "write_html" | "write_image"
        | "write_json"
        // polars, imageio/tifffile, matplotlib's PdfPages, rich, bokeh (round 18)
        | "write_parquet" | "write_csv" | "write_ipc" | "write_excel" | "imwrite"
        | "mimwrite" | "mimsave" | "volwrite" | "PdfPages" | "save_html" | "save_svg"
        | "save_text" | "output_file"
        // folders made for products
        | "makedirs" | "mkdir" => Some(0),
        "write_table" | "write_feather" | "write_dataset" | "dump" => Some(1),
        _ => None,
    }
}

/// A data library's file opener that takes a mode (`h5py.File(path, 'w')`): where its path
/// and mode are given (keyword and position) and whether it writes when given no mode.
pub(crate) struct DataOpener {
    pub path: (&'static str, usize),
    pub mode: (&'static str, usize),
    pub writes_by_default: bool,
}

/// The [`DataOpener`] a resolved call name is, if any. Opened for writing, these are
/// `file_write`s as `open(path, 'w')` is (red-team round 19: `netCDF4.Dataset(path, 'w')`,
/// `pd.HDFStore(path)` and `np.memmap(path)` were not findings).
pub(crate) fn data_opener(name: &str) -> Option<DataOpener> {
    let opener = |path, mode, writes_by_default| DataOpener {
        path,
        mode,
        writes_by_default,
    };
    Some(match name {
        "h5py.File" => opener(("name", 0), ("mode", 1), false),
        "netCDF4.Dataset" => opener(("filename", 0), ("mode", 1), false),
        "tables.open_file" => opener(("filename", 0), ("mode", 1), false),
        "pandas.HDFStore" | "pandas.io.pytables.HDFStore" => opener(("path", 0), ("mode", 1), true),
        "numpy.memmap" => opener(("filename", 0), ("mode", 2), true),
        "numpy.lib.format.open_memmap" => opener(("filename", 0), ("mode", 1), true),
        "zarr.open" | "zarr.open_group" | "zarr.open_array" => {
            opener(("store", 0), ("mode", 1), true)
        }
        _ => return None,
    })
}

/// Whether a data opener's mode may write: as [`mode_writes`], except numpy's names for
/// reading (`readonly`) and for changes kept in memory (`c`, `copyonwrite`).
pub(crate) fn data_mode_writes(mode: &Expr) -> bool {
    match mode {
        Expr::StringLiteral(s) if matches!(s.value.to_str(), "readonly" | "c" | "copyonwrite") => {
            false
        }
        Expr::If(choice) => data_mode_writes(&choice.body) || data_mode_writes(&choice.orelse),
        _ => mode_writes(mode),
    }
}

/// What an f-string's interpolated values are written as in [`string_template`].
pub(crate) const INTERPOLATED: char = '\u{1}';

/// A string literal's text, or an f-string's with [`INTERPOLATED`] for each value.
pub(crate) fn string_template(expr: &Expr) -> Option<std::borrow::Cow<'_, str>> {
    match expr {
        Expr::StringLiteral(s) => Some(s.value.to_str().into()),
        Expr::FString(f) => {
            let mut text = String::new();
            for part in f.value.iter() {
                match part {
                    ast::FStringPart::Literal(literal) => text.push_str(&literal.value),
                    ast::FStringPart::FString(fstring) => {
                        for element in &fstring.elements {
                            match element {
                                ast::InterpolatedStringElement::Literal(l) => {
                                    text.push_str(&l.value)
                                }
                                ast::InterpolatedStringElement::Interpolation(_) => {
                                    text.push(INTERPOLATED)
                                }
                            }
                        }
                    }
                }
            }
            Some(text.into())
        }
        _ => None,
    }
}

/// Where a path expression points, as far as the code shows.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// Relative, without `..`: inside the working directory.
    Inside,
    /// Outside the working directory, as written (`/tmp/x.png`, `~/x`, `../x`).
    Outside(String),
    /// Computed from values the code does not show.
    Unknown,
}

/// Where `path` points: a string (or f-string) literal, `os.path.join`/`expanduser`/
/// `abspath` and `pathlib.Path(...)` of one, `Path.home()`, `tempfile.gettempdir()`,
/// `$HOME`/`$TMPDIR` from the environment, `/` or `+` joins of those (the left part decides,
/// unless the right one is absolute), `with_suffix`/`with_name`/`parent` of one, and the
/// values `known` knows to hold a place outside: names (`OUT_DIR = '/data/out'`), config
/// fields (`cfg['out']`, `cfg.out`) and calls (`out_dir()`), see [`leaves_in`].
pub(crate) fn place_of(path: &Expr, known: &dyn Fn(&Expr) -> Option<String>) -> Place {
    let place_of = |e: &Expr| place_of(e, known);
    let known_place = || known(path).map_or(Place::Unknown, Place::Outside);
    match path {
        Expr::Name(_) => known_place(),
        // `Path.cwd().parent`: beside the run folder (round 19).
        Expr::Attribute(a) if a.attr.as_str() == "parent" && is_working_directory(&a.value) => {
            Place::Outside("the run folder's parent".into())
        }
        Expr::Attribute(a) if a.attr.as_str() == "parent" => match place_of(&a.value) {
            Place::Inside => Place::Unknown,
            other => other,
        },
        Expr::Subscript(s) if is_environ(&s.value) => place_of_variable(&s.slice),
        Expr::Subscript(_) | Expr::Attribute(_) => known_place(),
        Expr::StringLiteral(s) => place_of_text(s.value.to_str()),
        Expr::FString(f) => {
            // The text before the first value decides; a value first decides if it is a
            // place (`f"{OUT_DIR}/x.png"`), else it could be anything.
            let template = string_template(path).unwrap_or_default();
            let start = template.split(INTERPOLATED).next().unwrap_or_default();
            match place_of_text(start) {
                Place::Inside if start.is_empty() => {
                    first_interpolation(f).map_or(Place::Unknown, |value| match place_of(value) {
                        Place::Inside => Place::Unknown,
                        other => other,
                    })
                }
                place => place,
            }
        }
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Div | ast::Operator::Add) => {
            match place_of(&b.right) {
                outside @ Place::Outside(_) if b.op == ast::Operator::Div => outside,
                _ => place_of(&b.left),
            }
        }
        Expr::Call(call) => {
            let name = match call.func.as_ref() {
                Expr::Attribute(a) => a.attr.as_str(),
                Expr::Name(n) => n.id.as_str(),
                _ => return known_place(),
            };
            match name {
                "home" | "gettempdir" | "gettempdirb" | "gethomedir" => {
                    Place::Outside(format!("{name}()"))
                }
                // `os.getenv('OUTPUT_DIR', '/data/out')`: the variable, or else the default
                // (round 19).
                "getenv" => place_of_variable_or_default(call, &place_of),
                "get" if matches!(call.func.as_ref(), Expr::Attribute(a) if is_environ(&a.value)) => {
                    place_of_variable_or_default(call, &place_of)
                }
                "with_suffix" | "with_name" | "with_stem" | "resolve" | "absolute" => {
                    match call.func.as_ref() {
                        Expr::Attribute(a) => place_of(&a.value),
                        _ => Place::Unknown,
                    }
                }
                "joinpath" => match call.func.as_ref() {
                    Expr::Attribute(a) => {
                        match call
                            .arguments
                            .args
                            .iter()
                            .map(place_of)
                            .find(|p| matches!(p, Place::Outside(_)))
                        {
                            Some(outside) => outside,
                            None => place_of(&a.value),
                        }
                    }
                    _ => Place::Unknown,
                },
                "join" | "expanduser" | "abspath" | "realpath" | "normpath" | "Path"
                | "PurePath" | "PosixPath" => {
                    let parts = call.arguments.args.iter().map(place_of);
                    // Joining an absolute part anywhere restarts the path there.
                    let mut place = Place::Inside;
                    for (index, part) in parts.enumerate() {
                        match part {
                            outside @ Place::Outside(_) => return outside,
                            Place::Unknown if index == 0 => place = Place::Unknown,
                            _ => {}
                        }
                    }
                    if call.arguments.args.is_empty() {
                        Place::Unknown
                    } else {
                        place
                    }
                }
                _ => known_place(),
            }
        }
        _ => Place::Unknown,
    }
}

/// The place `os.getenv(name, default)` or `os.environ.get(name, default)` gives: the
/// variable's, or the default's when that is outside.
fn place_of_variable_or_default(call: &ast::ExprCall, place_of: &dyn Fn(&Expr) -> Place) -> Place {
    let arguments = &call.arguments;
    let default = arguments
        .args
        .get(1)
        .or_else(|| arguments.find_keyword("default").map(|k| &k.value));
    match arguments
        .args
        .first()
        .map_or(Place::Unknown, place_of_variable)
    {
        Place::Unknown => match default.map(place_of) {
            Some(outside @ Place::Outside(_)) => outside,
            _ => Place::Unknown,
        },
        place => place,
    }
}

/// `Path.cwd()`, `os.getcwd()`, `Path()` or `Path('.')`: the working directory itself.
fn is_working_directory(expr: &Expr) -> bool {
    let Expr::Call(call) = expr else {
        return false;
    };
    let name = match call.func.as_ref() {
        Expr::Attribute(a) => a.attr.as_str(),
        Expr::Name(n) => n.id.as_str(),
        _ => return false,
    };
    let arguments = &call.arguments.args;
    match name {
        "cwd" | "getcwd" => arguments.is_empty(),
        "Path" | "PurePath" | "PosixPath" => match arguments.first() {
            None => true,
            Some(Expr::StringLiteral(s)) => matches!(s.value.to_str(), "." | "./" | ""),
            Some(_) => false,
        },
        _ => false,
    }
}

/// `os.environ` (as `os.environ[...]` or `.get(...)`).
fn is_environ(expr: &Expr) -> bool {
    matches!(expr, Expr::Attribute(a) if a.attr.as_str() == "environ")
}

/// The place an environment variable names: the home and temporary folders are outside.
fn place_of_variable(name: &Expr) -> Place {
    match name {
        Expr::StringLiteral(s)
            if matches!(
                s.value.to_str(),
                "HOME" | "TMPDIR" | "TMP" | "TEMP" | "USERPROFILE"
            ) =>
        {
            Place::Outside(format!("${}", s.value.to_str()))
        }
        _ => Place::Unknown,
    }
}

/// The first interpolated value of an f-string, when the string starts with it.
fn first_interpolation(f: &ast::ExprFString) -> Option<&Expr> {
    match f.value.iter().next()? {
        ast::FStringPart::FString(fstring) => match fstring.elements.iter().next()? {
            ast::InterpolatedStringElement::Interpolation(i) => Some(&i.expression),
            ast::InterpolatedStringElement::Literal(_) => None,
        },
        ast::FStringPart::Literal(_) => None,
    }
}

fn place_of_text(text: &str) -> Place {
    let device = matches!(text, "/dev/null" | "/dev/stdout" | "/dev/stderr");
    let climbs = text.split('/').any(|part| part == "..");
    if (text.starts_with('/') && !device) || text.starts_with('~') || climbs {
        Place::Outside(text.to_owned())
    } else {
        Place::Inside
    }
}

/// Whether the parameter `param` of `function` only ever holds a reading mode: it has a
/// reading default, the body never rebinds it, and every use of the function's name in
/// `module` is a call that passes it a reading literal or nothing.
pub(crate) fn parameter_only_reads(
    module: &[Stmt],
    function: &ast::StmtFunctionDef,
    param: &str,
) -> bool {
    let plain_decorators = function.decorator_list.iter().all(|d| {
        matches!(&d.expression, Expr::Name(n) if matches!(n.id.as_str(), "staticmethod" | "classmethod"))
    });
    if !plain_decorators {
        return false;
    }
    let parameters = &function.parameters;
    let positional = parameters
        .posonlyargs
        .iter()
        .chain(parameters.args.iter())
        .position(|p| p.parameter.name.as_str() == param);
    let declared = parameters
        .posonlyargs
        .iter()
        .chain(parameters.args.iter())
        .chain(parameters.kwonlyargs.iter())
        .find(|p| p.parameter.name.as_str() == param);
    let Some(default) = declared.and_then(|p| p.default.as_deref()) else {
        return false;
    };
    if mode_writes(default) {
        return false;
    }
    let mut rebinds = Scan::new(Target::Rebinding(param));
    for stmt in &function.body {
        rebinds.visit_stmt(stmt);
    }
    if rebinds.hit {
        return false;
    }
    let mut calls = Scan::new(Target::WritingCall {
        function: function.name.as_str(),
        param,
        positional,
    });
    for stmt in module {
        calls.visit_stmt(stmt);
        if calls.hit {
            return false;
        }
    }
    true
}

/// What a [`Scan`] looks for.
enum Target<'n> {
    /// A binding of the name (assignment, loop or `with` target, walrus, `del`, `global`).
    Rebinding(&'n str),
    /// A use of the function's name that may pass its parameter a writing mode: a call
    /// passing one (or something unseen), or any use other than a call.
    WritingCall {
        function: &'n str,
        param: &'n str,
        /// The parameter's position among the positional parameters, if it has one.
        positional: Option<usize>,
    },
}

/// A syntactic scan that stops at its first hit; code nested past [`MAX_SCAN_DEPTH`]
/// counts as a hit.
struct Scan<'n> {
    target: Target<'n>,
    hit: bool,
    depth: u32,
}

impl<'n> Scan<'n> {
    fn new(target: Target<'n>) -> Self {
        Self {
            target,
            hit: false,
            depth: 0,
        }
    }

    /// Runs `walk` one level deeper, unless that is too deep.
    fn deeper(&mut self, walk: impl FnOnce(&mut Self)) {
        self.depth += 1;
        if self.depth > MAX_SCAN_DEPTH {
            self.hit = true;
        } else {
            walk(self);
        }
        self.depth -= 1;
    }

    /// A call of the function: by name (`load(p, 'r')`), or as a method (`self.load(p)`),
    /// where the receiver may or may not fill the first parameter, so both positions count.
    fn passes_a_writing_mode(
        call: &ast::ExprCall,
        param: &str,
        positional: Option<usize>,
        as_method: bool,
    ) -> bool {
        let arguments = &call.arguments;
        let unpacked = arguments.args.iter().any(Expr::is_starred_expr)
            || arguments.keywords.iter().any(|k| k.arg.is_none());
        let mut passed: Vec<&Expr> = Vec::new();
        if let Some(position) = positional {
            passed.extend(arguments.args.get(position));
            if as_method && position > 0 {
                passed.extend(arguments.args.get(position - 1));
            }
        }
        passed.extend(arguments.find_keyword(param).map(|k| &k.value));
        unpacked || passed.into_iter().any(mode_writes)
    }
}

impl<'a> Visitor<'a> for Scan<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.hit {
            return;
        }
        if let Target::Rebinding(name) = self.target
            && let Stmt::Global(ast::StmtGlobal { names, .. })
            | Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) = stmt
            && names.iter().any(|n| n.as_str() == name)
        {
            self.hit = true;
            return;
        }
        self.deeper(|scan| visitor::walk_stmt(scan, stmt));
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.hit {
            return;
        }
        match (&self.target, expr) {
            (Target::Rebinding(name), Expr::Name(n))
                if n.id.as_str() == *name && !matches!(n.ctx, ExprContext::Load) =>
            {
                self.hit = true;
            }
            (
                &Target::WritingCall {
                    function,
                    param,
                    positional,
                },
                Expr::Call(call),
            ) if matches!(call.func.as_ref(),
                Expr::Name(n) if n.id.as_str() == function)
                || matches!(call.func.as_ref(),
                    Expr::Attribute(a) if a.attr.as_str() == function) =>
            {
                let receiver = match call.func.as_ref() {
                    Expr::Attribute(a) => Some(a.value.as_ref()),
                    _ => None,
                };
                if Self::passes_a_writing_mode(call, param, positional, receiver.is_some()) {
                    self.hit = true;
                    return;
                }
                self.deeper(|scan| {
                    if let Some(receiver) = receiver {
                        scan.visit_expr(receiver);
                    }
                    visitor::walk_arguments(scan, &call.arguments);
                });
            }
            // Any other use of the name may hand the function to code that passes `'w'`
            // (`map(load, paths, modes)`, `getattr(self, 'load')`).
            (&Target::WritingCall { function, .. }, Expr::Name(n)) if n.id.as_str() == function => {
                self.hit = true;
            }
            (&Target::WritingCall { function, .. }, Expr::Attribute(a))
                if a.attr.as_str() == function =>
            {
                self.hit = true;
            }
            (&Target::WritingCall { function, .. }, Expr::StringLiteral(s))
                if s.value.to_str() == function =>
            {
                self.hit = true;
            }
            _ => self.deeper(|scan| visitor::walk_expr(scan, expr)),
        }
    }
}

/// The values `name` is assigned in `body` (`name = v`, `name: T = v`), in compound statements
/// too but not in the functions and classes it defines (their names are their own).
pub(crate) fn assigned_values<'b>(body: &'b [Stmt], name: &str, out: &mut Vec<&'b Expr>) {
    for stmt in body {
        match stmt {
            Stmt::Assign(a)
                if a.targets
                    .iter()
                    .any(|t| matches!(t, Expr::Name(n) if n.id.as_str() == name)) =>
            {
                out.push(&a.value);
            }
            // `good, bad = [], []`: the element in the name's position (red-team round 34).
            Stmt::Assign(a) => {
                for target in &a.targets {
                    let named = |t: &Expr| matches!(t, Expr::Name(n) if n.id.as_str() == name);
                    if let Some(value) = unpacked_value(target, &a.value, &named) {
                        out.push(value);
                    }
                }
            }
            Stmt::AnnAssign(a) => {
                if let (Expr::Name(n), Some(value)) = (a.target.as_ref(), &a.value)
                    && n.id.as_str() == name
                {
                    out.push(value);
                }
            }
            Stmt::If(s) => {
                assigned_values(&s.body, name, out);
                for clause in &s.elif_else_clauses {
                    assigned_values(&clause.body, name, out);
                }
            }
            Stmt::For(s) => {
                assigned_values(&s.body, name, out);
                assigned_values(&s.orelse, name, out);
            }
            Stmt::While(s) => {
                assigned_values(&s.body, name, out);
                assigned_values(&s.orelse, name, out);
            }
            Stmt::With(s) => assigned_values(&s.body, name, out),
            Stmt::Try(s) => {
                assigned_values(&s.body, name, out);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    assigned_values(&h.body, name, out);
                }
                assigned_values(&s.orelse, name, out);
                assigned_values(&s.finalbody, name, out);
            }
            _ => {}
        }
    }
}

/// The value the target `is_it` picks gets when a tuple or list display is unpacked into a
/// target of the same length without starred parts (`good, bad = [], []`,
/// `self.online, self.offline = [], []`), looking into nested targets.
pub(crate) fn unpacked_value<'b>(
    target: &Expr,
    value: &'b Expr,
    is_it: &dyn Fn(&Expr) -> bool,
) -> Option<&'b Expr> {
    let targets = match target {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        _ => return None,
    };
    let values = match value {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        _ => return None,
    };
    if targets.len() != values.len() || targets.iter().chain(values).any(Expr::is_starred_expr) {
        return None;
    }
    targets.iter().zip(values).find_map(|(t, v)| {
        if is_it(t) {
            Some(v)
        } else {
            unpacked_value(t, v, is_it)
        }
    })
}

/// The parts of a path expression whose place [`place_of`] asks its caller for: names read,
/// attributes, subscripts and calls (at most 32, outermost first).
pub(crate) fn leaves_in<'b>(expr: &'b Expr, out: &mut Vec<&'b Expr>) {
    struct Leaves<'b, 'o> {
        out: &'o mut Vec<&'b Expr>,
    }
    impl<'b> Visitor<'b> for Leaves<'b, '_> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            if self.out.len() >= 32 {
                return;
            }
            match expr {
                Expr::Name(n) if n.ctx == ExprContext::Load => self.out.push(expr),
                Expr::Attribute(_) | Expr::Subscript(_) | Expr::Call(_) => {
                    self.out.push(expr);
                    visitor::walk_expr(self, expr);
                }
                _ => visitor::walk_expr(self, expr),
            }
        }
    }
    Leaves { out }.visit_expr(expr);
}

/// How the code reads each name, for [`NameUses::direct_calls`] and
/// [`NameUses::only_looked_up`]: built once per analysis from one pass over the module.
pub(crate) struct NameUses<'b> {
    loads: HashMap<&'b str, usize>,
    calls: HashMap<&'b str, Vec<&'b ast::ExprCall>>,
    /// Reads of the name that only look into the dict it holds, or copy or show it
    /// ([`Self::only_looked_up`]).
    lookups: HashMap<&'b str, usize>,
    /// Names handed to `print` (among the lookups).
    printed: HashSet<&'b str>,
    /// Reads of the name inside annotations (`def run(cfg: Settings)`).
    annotations: HashMap<&'b str, usize>,
    in_annotation: bool,
    strings: HashSet<&'b str>,
}

impl<'b> NameUses<'b> {
    pub(crate) fn of(module: &'b [Stmt]) -> Self {
        let mut uses = NameUses {
            loads: HashMap::default(),
            calls: HashMap::default(),
            lookups: HashMap::default(),
            printed: HashSet::default(),
            annotations: HashMap::default(),
            in_annotation: false,
            strings: HashSet::default(),
        };
        for stmt in module {
            uses.visit_stmt(stmt);
        }
        uses
    }

    /// Every call of `name` by that name (`sample(ctx)`), when the name is used for nothing
    /// else: never read but to be called, never spelled in a string.
    pub(crate) fn direct_calls(&self, name: &str) -> Option<&[&'b ast::ExprCall]> {
        let calls = self.calls.get(name).map_or(&[][..], Vec::as_slice);
        (!self.strings.contains(name) && self.loads.get(name).copied().unwrap_or(0) == calls.len())
            .then_some(calls)
    }

    /// Whether the code reads `name` only to look into the dict it holds or to copy or show
    /// it, and never spells it in a string: `CONFIG['dry_run']` (loaded), `CONFIG.get(...)`,
    /// `CONFIG.copy()`, `key in CONFIG`, `{**CONFIG}`, `f(**CONFIG)`, `f'{CONFIG}'`,
    /// `print(CONFIG)`. Nothing the dict is handed to, stored into or aliased by can then
    /// change an entry. (Not its views: a view's `mapping` compared with an object hands
    /// that object's reflected `__eq__` the dict itself; red-team round 47, helper Q.)
    /// `Some(true)` when one of the reads is `print`'s, which the caller must find unbound.
    pub(crate) fn only_looked_up(&self, name: &str) -> Option<bool> {
        let all = self.loads.get(name).copied().unwrap_or(0)
            == self.lookups.get(name).copied().unwrap_or(0);
        (all && !self.strings.contains(name)).then(|| self.printed.contains(name))
    }

    /// Every call of `name` by that name, when the name is used for nothing else but
    /// annotations (`def run(cfg: Settings)`, which run nothing), and never spelled in a
    /// string. (The caller rules out what reads annotations back: `__annotations__`,
    /// `get_type_hints`, `inspect`.)
    pub(crate) fn calls_besides_annotations(&self, name: &str) -> Option<&[&'b ast::ExprCall]> {
        let calls = self.calls.get(name).map_or(&[][..], Vec::as_slice);
        let annotations = self.annotations.get(name).copied().unwrap_or(0);
        (!self.strings.contains(name)
            && self.loads.get(name).copied().unwrap_or(0) == calls.len() + annotations)
            .then_some(calls)
    }

    fn look_up(&mut self, expr: &'b Expr) {
        if let Expr::Name(table) = expr {
            *self.lookups.entry(table.id.as_str()).or_default() += 1;
        }
    }
}

impl<'b> Visitor<'b> for NameUses<'b> {
    fn visit_annotation(&mut self, expr: &'b Expr) {
        let outer = std::mem::replace(&mut self.in_annotation, true);
        visitor::walk_annotation(self, expr);
        self.in_annotation = outer;
    }

    fn visit_expr(&mut self, expr: &'b Expr) {
        match expr {
            Expr::Name(n) if n.ctx == ExprContext::Load => {
                *self.loads.entry(n.id.as_str()).or_default() += 1;
                if self.in_annotation {
                    *self.annotations.entry(n.id.as_str()).or_default() += 1;
                }
            }
            Expr::StringLiteral(s) => {
                self.strings.insert(s.value.to_str());
            }
            Expr::Call(c) => {
                match c.func.as_ref() {
                    Expr::Name(f) => {
                        self.calls.entry(f.id.as_str()).or_default().push(c);
                        if f.id.as_str() == "print" {
                            for arg in &c.arguments.args {
                                if let Expr::Name(shown) = arg {
                                    self.printed.insert(shown.id.as_str());
                                }
                                self.look_up(arg);
                            }
                        }
                    }
                    Expr::Attribute(a) if matches!(a.attr.as_str(), "get" | "copy") => {
                        self.look_up(&a.value);
                    }
                    _ => {}
                }
                for keyword in c.arguments.keywords.iter().filter(|k| k.arg.is_none()) {
                    self.look_up(&keyword.value);
                }
            }
            Expr::Subscript(s) if s.ctx == ExprContext::Load => self.look_up(&s.value),
            Expr::Compare(c) => {
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                        self.look_up(right);
                    }
                }
            }
            Expr::Dict(d) => {
                for item in d.items.iter().filter(|item| item.key.is_none()) {
                    self.look_up(&item.value);
                }
            }
            Expr::FString(f) => {
                for element in f.value.elements() {
                    if let ast::InterpolatedStringElement::Interpolation(shown) = element {
                        self.look_up(&shown.expression);
                    }
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// The `class` statement, anywhere in `module`, whose own body holds the `def` `function`.
pub(crate) fn class_holding<'b>(
    module: &'b [Stmt],
    function: &ast::StmtFunctionDef,
) -> Option<&'b ast::StmtClassDef> {
    struct Holder<'b, 'f> {
        function: &'f ast::StmtFunctionDef,
        found: Option<&'b ast::StmtClassDef>,
    }
    impl<'b> Visitor<'b> for Holder<'b, '_> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if self.found.is_some() {
                return;
            }
            if let Stmt::ClassDef(c) = stmt
                && c.body
                    .iter()
                    .any(|s| matches!(s, Stmt::FunctionDef(f) if f.range == self.function.range))
            {
                self.found = Some(c);
                return;
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut holder = Holder {
        function,
        found: None,
    };
    for stmt in module {
        holder.visit_stmt(stmt);
    }
    holder.found
}

/// Where the module spells each name: for every identifier (a name, an attribute, a
/// parameter, a keyword argument, a `def`, `class`, import, `global`, `nonlocal` or `except
/// ... as` name) and every string literal's text, the innermost statements that spell it
/// in their own part (a compound statement's header, not the bodies it holds). Built once
/// per analysis, it lets a walk that only reacts to one spelling visit just those
/// statements ([`Within::Spelled`]) instead of a whole body, so asking about every name of
/// a long script costs what the names' uses cost, not names times lines.
pub(crate) struct Spellings<'b> {
    by_text: HashMap<&'b str, Vec<Spelled<'b>>>,
    /// Statements that may bind any name: star imports and `match` (whose captures are
    /// patterns, not expressions), in source order.
    any_name: Vec<&'b Stmt>,
}

/// A statement that spells a text, with where [`assigned_values`] would find it: the
/// start of the innermost `def`, `class` or `match` around it (`None`: the module's own
/// code).
#[derive(Clone, Copy)]
struct Spelled<'b> {
    stmt: &'b Stmt,
    owner: Option<TextSize>,
}

impl<'b> Spellings<'b> {
    pub(crate) fn of(module: &'b [Stmt]) -> Self {
        let mut index = SpellingIndex {
            spellings: Spellings {
                by_text: HashMap::default(),
                any_name: Vec::new(),
            },
            current: None,
            owner: None,
        };
        index.visit_body(module);
        let mut spellings = index.spellings;
        for statements in spellings.by_text.values_mut() {
            // A header spelled after a body's statements (`elif`, `except ... as`) noted
            // its statement again: back to source order, each once.
            statements.sort_by_key(|s| s.stmt.range().start());
            statements.dedup_by(|a, b| std::ptr::eq(a.stmt, b.stmt));
        }
        spellings
    }

    /// The statements in `body` (nested ones too) that spell `text` or may bind any name,
    /// in source order: [`Within::Spelled`] of them walks as [`Within::Body`] of `body`
    /// does, for a walk that only reacts to `text`.
    pub(crate) fn statements(&self, text: &str, body: &[Stmt]) -> Vec<&'b Stmt> {
        let spelled = within(self.by_text.get(text).map_or(&[][..], Vec::as_slice), body);
        let any_name = within(&self.any_name, body);
        let mut statements: Vec<&'b Stmt> = spelled
            .iter()
            .map(|s| s.stmt)
            .chain(any_name.iter().copied())
            .collect();
        if !any_name.is_empty() {
            statements.sort_by_key(|s| s.range().start());
            statements.dedup_by(|a, b| std::ptr::eq(*a, *b));
        }
        statements
    }

    /// [`assigned_values`] of the name `text` in `body`, whose own code is the code directly
    /// in the `def` or `class` starting at `owner` (`None`: the module).
    pub(crate) fn assigned_values(
        &self,
        text: &str,
        body: &[Stmt],
        owner: Option<TextSize>,
        out: &mut Vec<&'b Expr>,
    ) {
        let spelled = within(self.by_text.get(text).map_or(&[][..], Vec::as_slice), body);
        // (Only the assignments themselves: a compound statement's body holds statements
        // listed on their own.)
        for s in spelled
            .iter()
            .filter(|s| s.owner == owner && matches!(s.stmt, Stmt::Assign(_) | Stmt::AnnAssign(_)))
        {
            assigned_values(std::slice::from_ref(s.stmt), text, out);
        }
    }
}

#[cfg(test)]
impl<'b> Spellings<'b> {
    /// Every text spelled, for tests that ask about each.
    pub(crate) fn texts(&self) -> Vec<&'b str> {
        let mut texts: Vec<&'b str> = self.by_text.keys().copied().collect();
        texts.sort_unstable();
        texts
    }
}

/// The part of `sorted` (statements in source order) that lies in `body`.
fn within<'s, T: AtStatement>(sorted: &'s [T], body: &[Stmt]) -> &'s [T] {
    let (Some(first), Some(last)) = (body.first(), body.last()) else {
        return &[];
    };
    let low = sorted.partition_point(|s| s.start() < first.range().start());
    let high = sorted.partition_point(|s| s.start() < last.range().end());
    &sorted[low..high]
}

/// Something [`within`] places by its statement's start.
trait AtStatement {
    fn start(&self) -> TextSize;
}

impl AtStatement for &Stmt {
    fn start(&self) -> TextSize {
        self.range().start()
    }
}

impl AtStatement for Spelled<'_> {
    fn start(&self) -> TextSize {
        self.stmt.range().start()
    }
}

/// The walk that builds [`Spellings`].
struct SpellingIndex<'b> {
    spellings: Spellings<'b>,
    current: Option<&'b Stmt>,
    /// The start of the innermost `def`, `class` or `match` around `current`.
    owner: Option<TextSize>,
}

impl<'b> SpellingIndex<'b> {
    fn note(&mut self, text: &'b str) {
        let Some(stmt) = self.current else { return };
        let statements = self.spellings.by_text.entry(text).or_default();
        if !statements
            .last()
            .is_some_and(|last| std::ptr::eq(last.stmt, stmt))
        {
            statements.push(Spelled {
                stmt,
                owner: self.owner,
            });
        }
    }
}

impl<'b> Visitor<'b> for SpellingIndex<'b> {
    fn visit_body(&mut self, body: &'b [Stmt]) {
        // The statements of a body are owned by the statement holding it when that is a
        // `def`, `class` or `match` ([`assigned_values`] does not look inside those).
        let outer = self.owner;
        if let Some(holder @ (Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::Match(_))) =
            self.current
        {
            self.owner = Some(holder.range().start());
        }
        visitor::walk_body(self, body);
        self.owner = outer;
    }

    fn visit_stmt(&mut self, stmt: &'b Stmt) {
        let outer = self.current.replace(stmt);
        match stmt {
            Stmt::FunctionDef(f) => self.note(f.name.as_str()),
            Stmt::ClassDef(c) => self.note(c.name.as_str()),
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    self.note(name.split('.').next().unwrap_or(name));
                    self.note(name);
                    if let Some(asname) = &alias.asname {
                        self.note(asname.as_str());
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        self.spellings.any_name.push(stmt);
                    }
                    self.note(alias.name.as_str());
                    if let Some(asname) = &alias.asname {
                        self.note(asname.as_str());
                    }
                }
            }
            Stmt::Global(g) => g.names.iter().for_each(|n| self.note(n.as_str())),
            Stmt::Nonlocal(n) => n.names.iter().for_each(|n| self.note(n.as_str())),
            Stmt::Match(_) => self.spellings.any_name.push(stmt),
            _ => {}
        }
        visitor::walk_stmt(self, stmt);
        self.current = outer;
    }

    fn visit_except_handler(&mut self, handler: &'b ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = handler;
        if let Some(name) = &h.name {
            self.note(name.as_str());
        }
        visitor::walk_except_handler(self, handler);
    }

    fn visit_parameter(&mut self, parameter: &'b ast::Parameter) {
        self.note(parameter.name.as_str());
        visitor::walk_parameter(self, parameter);
    }

    fn visit_keyword(&mut self, keyword: &'b ast::Keyword) {
        if let Some(arg) = &keyword.arg {
            self.note(arg.as_str());
        }
        visitor::walk_keyword(self, keyword);
    }

    fn visit_expr(&mut self, expr: &'b Expr) {
        match expr {
            Expr::Name(n) => self.note(n.id.as_str()),
            Expr::Attribute(a) => self.note(a.attr.as_str()),
            Expr::StringLiteral(s) => self.note(s.value.to_str()),
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// The statements a walk for one spelling visits.
#[derive(Clone, Copy)]
pub(crate) enum Within<'b, 's> {
    /// Every statement of a body, nested ones too.
    Body(&'b [Stmt]),
    /// The statements [`Spellings::statements`] gives, each without the bodies it holds
    /// (the statements in them that matter are listed on their own).
    Spelled(&'s [&'b Stmt]),
}

impl<'b> Within<'b, '_> {
    /// Whether the walk skips the bodies a statement holds.
    pub(crate) fn is_shallow(self) -> bool {
        matches!(self, Within::Spelled(_))
    }

    /// Visits each statement (a visitor skips bodies when [`Self::is_shallow`]).
    pub(crate) fn visit<V: Visitor<'b>>(self, visitor: &mut V) {
        match self {
            Within::Body(body) => body.iter().for_each(|s| visitor.visit_stmt(s)),
            Within::Spelled(statements) => statements.iter().for_each(|s| visitor.visit_stmt(s)),
        }
    }
}

/// How many of the bindings [`bindings_of`] counts for `name` are parameters: functions
/// (not themselves called `name`) and lambdas with a parameter spelled so.
pub(crate) fn parameters_named(scan: Within<'_, '_>, name: &str) -> usize {
    struct Parameters<'n> {
        name: &'n str,
        count: usize,
        shallow: bool,
    }
    impl<'b> Visitor<'b> for Parameters<'_> {
        fn visit_body(&mut self, body: &'b [Stmt]) {
            if !self.shallow {
                visitor::walk_body(self, body);
            }
        }
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if let Stmt::FunctionDef(f) = stmt
                && f.name.as_str() != self.name
                && f.parameters.iter().any(|p| p.name().as_str() == self.name)
            {
                self.count += 1;
            }
            visitor::walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'b Expr) {
            if let Expr::Lambda(l) = expr
                && let Some(parameters) = &l.parameters
            {
                self.count += parameters
                    .iter()
                    .filter(|p| p.name().as_str() == self.name)
                    .count();
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut parameters = Parameters {
        name,
        count: 0,
        shallow: scan.is_shallow(),
    };
    scan.visit(&mut parameters);
    parameters.count
}

/// Every `return` of a function body, with the value it gives (`None` for a bare
/// `return`); nested functions and classes are other bodies.
pub(crate) fn each_return<'b>(body: &'b [Stmt], seen: impl FnMut(Option<&'b Expr>)) {
    struct Returns<F> {
        seen: F,
    }
    impl<'b, F: FnMut(Option<&'b Expr>)> Visitor<'b> for Returns<F> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            match stmt {
                Stmt::Return(ret) => (self.seen)(ret.value.as_deref()),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => visitor::walk_stmt(self, stmt),
            }
        }
        // (A `return` is a statement: expressions hold none.)
        fn visit_expr(&mut self, _: &'b Expr) {}
    }
    Returns { seen }.visit_body(body);
}

/// The name every `return` of a function body returns, when each returns that one bare
/// name and at least one does (`return f`).
pub(crate) fn returned_name(body: &[Stmt]) -> Option<&str> {
    let (mut name, mut other) = (None, false);
    each_return(body, |value| match value {
        Some(Expr::Name(n)) if name.is_none_or(|seen| seen == n.id.as_str()) => {
            name = Some(n.id.as_str());
        }
        _ => other = true,
    });
    if other { None } else { name }
}

/// How many times `name` is bound anywhere in `module` (in every scope: assignments and
/// other targets, `def`/`class`, imports, parameters, `except ... as`, `global`, pattern
/// captures), for checking that every binding of it is one the caller has seen.
pub(crate) fn bindings_of(module: &[Stmt], name: &str) -> usize {
    bindings_in(Within::Body(module), name)
}

/// [`bindings_of`] in the statements `scan` gives.
pub(crate) fn bindings_in(scan: Within<'_, '_>, name: &str) -> usize {
    struct Bindings<'n> {
        name: &'n str,
        count: usize,
        shallow: bool,
    }
    impl<'b> Visitor<'b> for Bindings<'_> {
        fn visit_body(&mut self, body: &'b [Stmt]) {
            if !self.shallow {
                visitor::walk_body(self, body);
            }
        }
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            let binds = match stmt {
                Stmt::FunctionDef(f) => {
                    f.name.as_str() == self.name
                        || f.parameters.iter().any(|p| p.name().as_str() == self.name)
                }
                Stmt::ClassDef(c) => c.name.as_str() == self.name,
                Stmt::Import(i) => i.names.iter().any(|a| {
                    a.asname.as_ref().map_or_else(
                        || a.name.as_str().split('.').next() == Some(self.name),
                        |asname| asname.as_str() == self.name,
                    )
                }),
                Stmt::ImportFrom(i) => i.names.iter().any(|a| {
                    a.name.as_str() == "*"
                        || a.asname.as_ref().unwrap_or(&a.name).as_str() == self.name
                }),
                Stmt::Global(g) => g.names.iter().any(|n| n.as_str() == self.name),
                Stmt::Nonlocal(n) => n.names.iter().any(|n| n.as_str() == self.name),
                Stmt::Try(t) => t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    h.name.as_ref().is_some_and(|n| n.as_str() == self.name)
                }),
                // (A pattern's captures are not expressions: any `match` counts.)
                Stmt::Match(_) => true,
                _ => false,
            };
            self.count += usize::from(binds);
            visitor::walk_stmt(self, stmt);
        }

        fn visit_expr(&mut self, expr: &'b Expr) {
            match expr {
                Expr::Name(n) if n.ctx == ExprContext::Store && n.id.as_str() == self.name => {
                    self.count += 1;
                }
                Expr::Lambda(l) => {
                    if let Some(parameters) = &l.parameters {
                        self.count += parameters
                            .iter()
                            .filter(|p| p.name().as_str() == self.name)
                            .count();
                    }
                }
                _ => {}
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut bindings = Bindings {
        name,
        count: 0,
        shallow: scan.is_shallow(),
    };
    scan.visit(&mut bindings);
    bindings.count
}

/// How many imports anywhere in `module` bind `name` to a module in `modules` (`import
/// collections`) or to a name of its own spelling from one (`from collections import
/// defaultdict`), for checking with [`bindings_of`] that a name is only ever what those
/// imports give.
pub(crate) fn imports_binding(module: &[Stmt], name: &str, modules: &[&str]) -> usize {
    struct Imports<'n> {
        name: &'n str,
        modules: &'n [&'n str],
        count: usize,
    }
    impl<'b> Visitor<'b> for Imports<'_> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            // `import collections`, `from collections import defaultdict`: the name as
            // imported, not renamed.
            let unrenamed = |names: &[ast::Alias]| {
                names
                    .iter()
                    .filter(|a| {
                        a.name.as_str() == self.name
                            && a.asname.as_ref().is_none_or(|n| n.as_str() == self.name)
                    })
                    .count()
            };
            let found = match stmt {
                Stmt::Import(i) if self.modules.contains(&self.name) => unrenamed(&i.names),
                Stmt::ImportFrom(i)
                    if i.level == 0
                        && i.module
                            .as_ref()
                            .is_some_and(|m| self.modules.contains(&m.as_str())) =>
                {
                    unrenamed(&i.names)
                }
                _ => 0,
            };
            self.count += found;
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut imports = Imports {
        name,
        modules,
        count: 0,
    };
    for stmt in module {
        imports.visit_stmt(stmt);
    }
    imports.count
}

/// A table the code keeps: a name, or a field of any object (`self.groups`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Table<'n> {
    Name(&'n str),
    Field(&'n str),
}

/// A value the code puts in a table, with the literal key it is put under when it has one
/// (`t['log'] = []`, `t.setdefault('log', [])`; `None` for `t[k] = v` and `t.append(v)`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PutItem<'b> {
    pub(crate) key: Option<&'b str>,
    pub(crate) value: &'b Expr,
}

/// The text of a plain string literal.
pub(crate) fn string_literal(expr: &Expr) -> Option<&str> {
    match expr {
        Expr::StringLiteral(s) => Some(s.value.to_str()),
        _ => None,
    }
}

/// The literal key of an item target (`t['log']`).
fn literal_key_of(target: &Expr) -> Option<&str> {
    target
        .as_subscript_expr()
        .and_then(|s| string_literal(&s.slice))
}

/// What [`items_put_in`] asks its caller about a use of the table.
pub(crate) enum Ask<'b> {
    /// Whether the builtin of this name is the real one.
    Unshadowed(&'b str),
    /// Whether handing the table to this call, as this argument (positional or a keyword's
    /// value), puts nothing unseen in it.
    Handed(&'b ast::ExprCall, &'b Expr),
}

/// The values `table` is given as items anywhere in `module`, when every use of it only
/// takes items out, looks at it, or puts one value in where the walk sees it: `table[k]`
/// loaded (`groups[k].append(dev)`), its `items`/`values`/`keys`/`get`/`clear`/`pop`/
/// `copy`, `len(table)`, `k in table`, `for ... in table`, and the stores `table[k] = v`,
/// `table[k] += ...` (the item grows, it stays what it was), `table.setdefault(k, v)`,
/// `table.append(v)`, `table.add(v)`, `table.appendleft(v)`, `table.insert(i, v)`. `None`
/// when any other use may put something unseen in: an alias (also `t = u = {}`), a call it
/// is handed to, `update`, `del`, a string spelling its name. Handing it to `print`, `len`,
/// `str`, `sorted`, `enumerate`, `zip` and the like counts as looking at it when `ask`
/// says the builtin is the real one ([`Ask::Unshadowed`]); handing it to any other call
/// counts as allowed when `ask` says that call puts nothing unseen in ([`Ask::Handed`]).
pub(crate) fn items_put_in<'b>(
    scan: Within<'b, '_>,
    table: Table<'_>,
    ask: &mut dyn FnMut(Ask<'b>) -> bool,
) -> Option<Vec<PutItem<'b>>> {
    struct Uses<'b, 'n, 'u> {
        ask: &'u mut dyn FnMut(Ask<'b>) -> bool,
        table: Table<'n>,
        loads: usize,
        allowed: usize,
        put: Vec<PutItem<'b>>,
        unseen_put: bool,
        shallow: bool,
    }
    impl Uses<'_, '_, '_> {
        fn is_it(&self, expr: &Expr) -> bool {
            match (self.table, expr) {
                (Table::Name(name), Expr::Name(n)) => n.id.as_str() == name,
                (Table::Field(field), Expr::Attribute(a)) => a.attr.as_str() == field,
                _ => false,
            }
        }
        fn spelled(&self) -> &str {
            match self.table {
                Table::Name(name) | Table::Field(name) => name,
            }
        }
        /// `table[k]` as a target: the store itself is allowed, its value noted by the
        /// statement.
        fn is_item_of_it(&self, target: &Expr) -> bool {
            matches!(target, Expr::Subscript(s) if !s.slice.is_slice_expr() && self.is_it(&s.value))
        }
    }
    impl<'b> Visitor<'b> for Uses<'b, '_, '_> {
        fn visit_body(&mut self, body: &'b [Stmt]) {
            if !self.shallow {
                visitor::walk_body(self, body);
            }
        }
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            match stmt {
                Stmt::For(f) if self.is_it(&f.iter) => self.allowed += 1,
                // `t = u = {}`, `self.t = t = {}`: another name for the table, through which
                // anything may be put in. (`bucket = t[k] = []` names the item, a fresh
                // container whatever is put in it.)
                Stmt::Assign(a)
                    if a.targets.len() > 1 && a.targets.iter().any(|t| self.is_it(t)) =>
                {
                    self.unseen_put = true;
                }
                Stmt::Assign(a) => {
                    let stores: Vec<PutItem<'b>> = a
                        .targets
                        .iter()
                        .filter(|t| self.is_item_of_it(t))
                        .map(|target| PutItem {
                            key: literal_key_of(target),
                            value: &a.value,
                        })
                        .collect();
                    self.allowed += stores.len();
                    self.put.extend(stores);
                }
                Stmt::AnnAssign(a) if self.is_item_of_it(&a.target) => match &a.value {
                    Some(value) => {
                        self.allowed += 1;
                        self.put.push(PutItem {
                            key: literal_key_of(&a.target),
                            value,
                        });
                    }
                    None => self.allowed += 1,
                },
                Stmt::AugAssign(a) if self.is_item_of_it(&a.target) => self.allowed += 1,
                _ => {}
            }
            visitor::walk_stmt(self, stmt);
        }
        fn visit_comprehension(&mut self, comprehension: &'b ast::Comprehension) {
            if self.is_it(&comprehension.iter) {
                self.allowed += 1;
            }
            visitor::walk_comprehension(self, comprehension);
        }
        fn visit_expr(&mut self, expr: &'b Expr) {
            if let Expr::Dict(d) = expr {
                // `results = {'groups': ...}`: a key spelled like the table names nothing
                // (red-team round 33: it made `groups[k]['state'] = s` a device's item
                // store). A dict handed to `globals().update(...)` binds names, which the
                // namespace rules report.
                for item in &d.items {
                    match &item.key {
                        Some(Expr::StringLiteral(_)) | None => {}
                        Some(key) => self.visit_expr(key),
                    }
                    self.visit_expr(&item.value);
                }
                return;
            }
            let allowed = match expr {
                Expr::Name(_) | Expr::Attribute(_)
                    if self.is_it(expr) && expr_context(expr) == Some(ExprContext::Load) =>
                {
                    self.loads += 1;
                    false
                }
                // Reached by its name as text (`globals()['groups']`): never allowed.
                Expr::StringLiteral(s) if s.value.to_str() == self.spelled() => {
                    self.loads += 1;
                    false
                }
                Expr::Subscript(s) => s.ctx == ExprContext::Load && self.is_it(&s.value),
                Expr::Attribute(a) => {
                    self.is_it(&a.value)
                        && matches!(
                            a.attr.as_str(),
                            "items"
                                | "values"
                                | "keys"
                                | "get"
                                | "clear"
                                | "pop"
                                | "copy"
                                | "setdefault"
                                | "append"
                                | "add"
                                | "appendleft"
                                | "insert"
                        )
                }
                Expr::Call(c) => {
                    if let Expr::Attribute(a) = c.func.as_ref()
                        && self.is_it(&a.value)
                    {
                        // The value a method puts in, by its position.
                        let position = match a.attr.as_str() {
                            "append" | "add" | "appendleft" => Some(0),
                            "insert" | "setdefault" => Some(1),
                            _ => None,
                        };
                        if let Some(position) = position {
                            let args = &c.arguments.args;
                            if !c.arguments.keywords.is_empty()
                                || args.iter().any(Expr::is_starred_expr)
                            {
                                self.unseen_put = true;
                            } else if let Some(value) = args.get(position) {
                                let key = match a.attr.as_str() {
                                    "setdefault" => args.first().and_then(string_literal),
                                    _ => None,
                                };
                                self.put.push(PutItem { key, value });
                            }
                        }
                    }
                    // `len(t)`, `print(t)`, `sorted(t)`, `enumerate(t)`: looked at, or its keys or
                    // items handed on, by a builtin the module does not rebind.
                    let looks = c.arguments.args.iter().any(|arg| self.is_it(arg))
                        && matches!(c.func.as_ref(), Expr::Name(f)
                        if matches!(
                            f.id.as_str(),
                            "len"
                                | "print"
                                | "str"
                                | "repr"
                                | "sorted"
                                | "list"
                                | "tuple"
                                | "set"
                                | "enumerate"
                                | "zip"
                                | "reversed"
                                | "iter"
                        ) && (self.ask)(Ask::Unshadowed(f.id.as_str())));
                    if !looks {
                        // `sample(ctx)`, `sample(into=ctx)`: handed to a call that the
                        // caller has checked puts nothing unseen in.
                        let handed: Vec<&'b Expr> = c
                            .arguments
                            .args
                            .iter()
                            .chain(c.arguments.keywords.iter().map(|k| &k.value))
                            .filter(|arg| self.is_it(arg))
                            .collect();
                        for arg in handed {
                            if (self.ask)(Ask::Handed(c, arg)) {
                                self.allowed += 1;
                            }
                        }
                    }
                    looks
                }
                // `f'{t}'`: formatted.
                Expr::FString(f) => {
                    let formatted = f
                        .value
                        .elements()
                        .filter(|element| {
                            matches!(element, ast::InterpolatedStringElement::Interpolation(i)
                                if self.is_it(&i.expression))
                        })
                        .count();
                    self.allowed += formatted;
                    false
                }
                Expr::Compare(c) => {
                    c.ops
                        .iter()
                        .all(|op| matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn))
                        && c.comparators.iter().any(|e| self.is_it(e))
                }
                _ => false,
            };
            self.allowed += usize::from(allowed);
            visitor::walk_expr(self, expr);
        }
    }
    let mut uses = Uses {
        ask,
        table,
        loads: 0,
        allowed: 0,
        put: Vec::new(),
        unseen_put: false,
        shallow: scan.is_shallow(),
    };
    scan.visit(&mut uses);
    (uses.loads == uses.allowed && !uses.unseen_put).then_some(uses.put)
}

/// An item of `table` that a loop binds a name to, when the builtin `through` (if any) is
/// the real one: `for bucket in rows`, `rows.values()`, `reversed(rows)`, `for i, bucket in
/// enumerate(rows)`, `for k, bucket in groups.items()`, `for name, bucket in zip(names,
/// rows)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LoopItem<'b> {
    pub(crate) table: &'b Expr,
    pub(crate) through: Option<&'b str>,
}

/// The loops and comprehensions anywhere in `module` that bind `name` to an item of a table
/// ([`LoopItem`]). A loop that binds it any other way is not listed, so callers compare the
/// count with [`bindings_of`].
pub(crate) fn loop_items_bound<'b>(scan: Within<'b, '_>, name: &str) -> Vec<LoopItem<'b>> {
    struct Loops<'b, 'n> {
        name: &'n str,
        out: Vec<LoopItem<'b>>,
        shallow: bool,
    }
    impl<'b> Loops<'b, '_> {
        fn bound(&mut self, target: &'b Expr, iter: &'b Expr) {
            let is_it = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == self.name);
            let position = match target {
                Expr::Name(_) if is_it(target) => None,
                Expr::Tuple(ast::ExprTuple { elts, .. })
                | Expr::List(ast::ExprList { elts, .. })
                    if elts.iter().all(|e| matches!(e, Expr::Name(_)))
                        && elts.iter().filter(|e| is_it(e)).count() == 1 =>
                {
                    elts.iter().position(is_it).map(|i| (i, elts.len()))
                }
                _ => return,
            };
            let (func, args) = match iter {
                Expr::Call(c) if c.arguments.keywords.is_empty() => {
                    (c.func.as_ref(), &c.arguments.args[..])
                }
                _ => {
                    if position.is_none() {
                        self.out.push(LoopItem {
                            table: iter,
                            through: None,
                        });
                    }
                    return;
                }
            };
            if args.iter().any(Expr::is_starred_expr) {
                return;
            }
            let item = match (func, args, position) {
                // `rows.values()`, `groups.items()`: the table's own methods.
                (Expr::Attribute(a), [], None) if a.attr.as_str() == "values" => LoopItem {
                    table: &a.value,
                    through: None,
                },
                (Expr::Attribute(a), [], Some((1, 2))) if a.attr.as_str() == "items" => LoopItem {
                    table: &a.value,
                    through: None,
                },
                (Expr::Name(f), [table], None)
                    if matches!(
                        f.id.as_str(),
                        "reversed" | "sorted" | "list" | "tuple" | "iter"
                    ) =>
                {
                    LoopItem {
                        table,
                        through: Some(f.id.as_str()),
                    }
                }
                (Expr::Name(f), [table], Some((1, 2))) if f.id.as_str() == "enumerate" => {
                    LoopItem {
                        table,
                        through: Some("enumerate"),
                    }
                }
                (Expr::Name(f), tables, Some((i, n)))
                    if f.id.as_str() == "zip" && tables.len() == n =>
                {
                    LoopItem {
                        table: &tables[i],
                        through: Some("zip"),
                    }
                }
                _ => return,
            };
            self.out.push(item);
        }
    }
    impl<'b> Visitor<'b> for Loops<'b, '_> {
        fn visit_body(&mut self, body: &'b [Stmt]) {
            if !self.shallow {
                visitor::walk_body(self, body);
            }
        }
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if let Stmt::For(f) = stmt {
                self.bound(&f.target, &f.iter);
            }
            visitor::walk_stmt(self, stmt);
        }
        fn visit_comprehension(&mut self, comprehension: &'b ast::Comprehension) {
            self.bound(&comprehension.target, &comprehension.iter);
            visitor::walk_comprehension(self, comprehension);
        }
    }
    let mut loops = Loops {
        name,
        out: Vec::new(),
        shallow: scan.is_shallow(),
    };
    scan.visit(&mut loops);
    loops.out
}

fn expr_context(expr: &Expr) -> Option<ExprContext> {
    match expr {
        Expr::Name(n) => Some(n.ctx),
        Expr::Attribute(a) => Some(a.ctx),
        _ => None,
    }
}

/// What [`literal_sources`] looks for: a name, or an attribute (`self.PLANES`, `Cls.PLANES`)
/// together with the class-body name that defines it.
#[derive(Clone, Copy)]
pub(crate) enum Bound<'n> {
    Name(&'n str),
    Attribute(&'n str),
}

/// How a name or attribute is bound and used across the whole module, for telling that it
/// only ever holds literal strings (`for attr in ('x', 'y'): getattr(dev, attr)`).
#[derive(Default)]
pub(crate) struct LiteralSources<'b> {
    /// The iterables of the `for` loops and comprehensions that bind it as their target.
    pub(crate) loops: Vec<&'b Expr>,
    /// The values of the assignments that bind it (`x = ...`, in any scope).
    pub(crate) assigned: Vec<&'b Expr>,
    /// Its loads, and those of them that are what a loop or comprehension iterates.
    pub(crate) loads: usize,
    pub(crate) iterated_loads: usize,
    /// Other ways it may change: attribute stores and deletions, and (for an attribute) a
    /// string literal spelling its name (`setattr(C, 'PLANES', ...)`).
    pub(crate) other_changes: usize,
}

/// [`LiteralSources`] of `bound` in `module`.
pub(crate) fn literal_sources<'b>(module: &'b [Stmt], bound: Bound<'_>) -> LiteralSources<'b> {
    struct Sources<'b, 'n> {
        bound: Bound<'n>,
        out: LiteralSources<'b>,
        depth: u32,
    }
    impl Sources<'_, '_> {
        fn is_it(&self, expr: &Expr) -> bool {
            match (self.bound, expr) {
                (Bound::Name(name) | Bound::Attribute(name), Expr::Name(n)) => {
                    n.id.as_str() == name
                }
                (Bound::Attribute(name), Expr::Attribute(a)) => a.attr.as_str() == name,
                _ => false,
            }
        }
    }
    impl<'b> Visitor<'b> for Sources<'b, '_> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if self.depth >= MAX_SCAN_DEPTH {
                self.out.other_changes += 1;
                return;
            }
            match stmt {
                Stmt::For(f) => {
                    if self.is_it(&f.target) {
                        self.out.loops.push(&f.iter);
                    }
                    if self.is_it(&f.iter) {
                        self.out.iterated_loads += 1;
                    }
                }
                Stmt::Assign(a) => {
                    for target in &a.targets {
                        if matches!(target, Expr::Name(_)) && self.is_it(target) {
                            self.out.assigned.push(&a.value);
                        }
                    }
                }
                _ => {}
            }
            self.depth += 1;
            visitor::walk_stmt(self, stmt);
            self.depth -= 1;
        }

        fn visit_expr(&mut self, expr: &'b Expr) {
            if self.depth >= MAX_SCAN_DEPTH {
                self.out.other_changes += 1;
                return;
            }
            let generators = match expr {
                Expr::ListComp(c) => &c.generators[..],
                Expr::SetComp(c) => &c.generators[..],
                Expr::DictComp(c) => &c.generators[..],
                Expr::Generator(c) => &c.generators[..],
                _ => &[],
            };
            for generator in generators {
                if self.is_it(&generator.target) {
                    self.out.loops.push(&generator.iter);
                }
                if self.is_it(&generator.iter) {
                    self.out.iterated_loads += 1;
                }
            }
            match expr {
                Expr::Name(n) if n.ctx == ExprContext::Load && self.is_it(expr) => {
                    self.out.loads += 1;
                }
                Expr::Attribute(a) if self.is_it(expr) => match a.ctx {
                    ExprContext::Load => self.out.loads += 1,
                    _ => self.out.other_changes += 1,
                },
                Expr::StringLiteral(s) if matches!(self.bound, Bound::Attribute(name) if s.value.to_str() == name) =>
                {
                    self.out.other_changes += 1;
                }
                _ => {}
            }
            self.depth += 1;
            visitor::walk_expr(self, expr);
            self.depth -= 1;
        }
    }
    let mut sources = Sources {
        bound,
        out: LiteralSources::default(),
        depth: 0,
    };
    for stmt in module {
        sources.visit_stmt(stmt);
    }
    sources.out
}

/// The strings of a list, tuple or set display of string literals only (`('x', 'y')`).
pub(crate) fn display_strings(expr: &Expr) -> Option<Vec<&str>> {
    let elements = match expr {
        Expr::List(l) => &l.elts,
        Expr::Tuple(t) => &t.elts,
        Expr::Set(s) => &s.elts,
        _ => return None,
    };
    if elements.is_empty() || elements.len() > 64 {
        return None;
    }
    elements.iter().map(string_literal).collect()
}

/// Whether a string in `module` (of text `source`) may name an attribute the code sets,
/// so that a literal spelled like a field may bind it: `setattr(obj, 'pvs', ...)`,
/// `obj.__dict__['pvs']`, `vars(obj).update(...)`, `SimpleNamespace(**{'pvs': ...})` or a
/// dataclass built from a mapping, `type('C', (), {'pvs': ...})`, `namedtuple('R', 'pvs')`,
/// a functional `Enum`, metaclasses, argument parsers, mocks' `patch.object`, object
/// serialisers and the libraries that build objects from mappings, `wraps(f, assigned=..)`,
/// `delattr` (a class's `__getattr__` then answers for the field), or code run from text.
/// Conservative: any mention of such a route, anywhere, counts.
pub(crate) fn strings_may_bind_attributes(module: &[Stmt], source: &str) -> bool {
    const ROUTES: &[&str] = &[
        "setattr",
        "delattr",
        "__dict__",
        "vars",
        "globals",
        "locals",
        "namedtuple",
        "NamedTuple",
        "make_dataclass",
        "__new__",
        "metaclass",
        "__prepare__",
        "__setstate__",
        "__reduce",
        "copyreg",
        "pickle",
        "shelve",
        "yaml",
        "argparse",
        "mock",
        "Mock",
        "pydantic",
        "attrs",
        "import attr",
        "from attr ",
        "dacite",
        "cattrs",
        "marshmallow",
        "msgspec",
        "omegaconf",
        "munch",
        "addict",
        "easydict",
        "dotmap",
        "bunch",
        "box import",
        "from_dict",
        "model_validate",
        "parse_obj",
        "__import__",
        "importlib",
        "update_wrapper",
        "optparse",
        "makeLogRecord",
    ];
    struct Routes {
        found: bool,
    }
    impl<'b> Visitor<'b> for Routes {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if !self.found {
                visitor::walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'b Expr) {
            if self.found {
                return;
            }
            if let Expr::Call(c) = expr {
                let callee = match c.func.as_ref() {
                    Expr::Name(n) => n.id.as_str(),
                    Expr::Attribute(a) => a.attr.as_str(),
                    _ => "",
                };
                // (`type(*spec)`: any number of arguments.)
                let positional = if c.arguments.args.iter().any(Expr::is_starred_expr) {
                    usize::MAX
                } else {
                    c.arguments.args.len()
                };
                // (`wraps(f, assigned=('pvs',))` copies attributes by name.)
                let copies_named = matches!(callee, "wraps" | "update_wrapper")
                    && c.arguments.keywords.iter().any(|k| {
                        k.arg
                            .as_ref()
                            .is_some_and(|a| matches!(a.as_str(), "assigned" | "updated"))
                    });
                self.found = copies_named
                    || c.arguments.keywords.iter().any(|k| k.arg.is_none())
                    || matches!(callee, "exec" | "eval" | "compile")
                    || (callee == "type" && positional != 1)
                    || (matches!(callee, "Enum" | "IntEnum" | "StrEnum" | "Flag" | "IntFlag")
                        && positional >= 2);
            }
            visitor::walk_expr(self, expr);
        }
    }
    if ROUTES.iter().any(|route| source.contains(route)) {
        return true;
    }
    let mut routes = Routes { found: false };
    routes.visit_body(module);
    routes.found
}

/// Whether the code uses attribute `field` (on any object) only as a dict it reads, or
/// fills by item: `x.field[k]` (read, stored or deleted), `x.field.items()`, `.keys()`,
/// `.values()`, `.get(...)`, `.pop(...)`, `.copy()`, `for k in x.field`, `k in x.field`,
/// `len(x.field)`, `sorted(x.field)` and the like, or a test, besides
/// binding it. Anywhere else (handed to a call, named, returned, stored, `.update(...)`,
/// `.setdefault(...)`), something the walk does not see as the field may add keys to it.
pub(crate) fn field_used_only_as_a_dict(module: &[Stmt], field: &str) -> bool {
    const READS: &[&str] = &[
        "items",
        "keys",
        "values",
        "get",
        "pop",
        "copy",
        "__contains__",
    ];
    const TAKERS: &[&str] = &[
        "len",
        "sorted",
        "list",
        "set",
        "frozenset",
        "tuple",
        "bool",
        "any",
        "all",
        "dict",
        "enumerate",
        "iter",
        "reversed",
        "min",
        "max",
        "print",
        "str",
        "repr",
    ];
    struct Uses<'n> {
        field: &'n str,
        allowed: HashSet<TextSize>,
        misused: bool,
    }
    impl Uses<'_> {
        fn is_field(&self, expr: &Expr) -> bool {
            matches!(expr, Expr::Attribute(a) if a.attr.as_str() == self.field)
        }
        fn allow(&mut self, expr: &Expr) {
            if self.is_field(expr) {
                self.allowed.insert(expr.range().start());
            }
        }
    }
    impl<'b> Visitor<'b> for Uses<'_> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if self.misused {
                return;
            }
            match stmt {
                Stmt::For(f) => self.allow(&f.iter),
                Stmt::If(i) => self.allow(&i.test),
                Stmt::While(w) => self.allow(&w.test),
                Stmt::Assert(a) => self.allow(&a.test),
                _ => {}
            }
            visitor::walk_stmt(self, stmt);
        }
        fn visit_comprehension(&mut self, comprehension: &'b ast::Comprehension) {
            self.allow(&comprehension.iter);
            visitor::walk_comprehension(self, comprehension);
        }
        fn visit_expr(&mut self, expr: &'b Expr) {
            if self.misused {
                return;
            }
            match expr {
                Expr::Attribute(a)
                    if a.attr.as_str() == self.field
                        && a.ctx == ExprContext::Load
                        && !self.allowed.contains(&a.range.start()) =>
                {
                    self.misused = true;
                    return;
                }
                Expr::Subscript(s) => self.allow(&s.value),
                Expr::Call(c) => match c.func.as_ref() {
                    Expr::Attribute(m) if READS.contains(&m.attr.as_str()) => {
                        self.allow(&m.value);
                    }
                    Expr::Name(n)
                        if TAKERS.contains(&n.id.as_str()) && c.arguments.keywords.is_empty() =>
                    {
                        for argument in c.arguments.args.iter() {
                            self.allow(argument);
                        }
                    }
                    _ => {}
                },
                Expr::Compare(c) => {
                    self.allow(&c.left);
                    for comparator in c.comparators.iter() {
                        self.allow(comparator);
                    }
                }
                Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.allow(&u.operand),
                Expr::If(i) => self.allow(&i.test),
                _ => {}
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut uses = Uses {
        field,
        allowed: HashSet::default(),
        misused: false,
    };
    uses.visit_body(module);
    !uses.misused
}

/// Whether a `del` statement anywhere in `module` deletes a name or an attribute spelled
/// `name` (`del PS.summary`, `del summary` in a class body).
pub(crate) fn deletes_name(module: &[Stmt], name: &str) -> bool {
    any_statement(module, |stmt| {
        matches!(stmt, Stmt::Delete(d) if d.targets.iter().any(|t| match t {
            Expr::Name(n) => n.id.as_str() == name,
            Expr::Attribute(a) => a.attr.as_str() == name,
            _ => false,
        }))
    })
}

/// Whether any statement in `module` assigns, augments or deletes an attribute of the name
/// `name` (`G.label = property(...)`, `del G.x`): a class changed after it was made.
pub(crate) fn sets_attribute_of(module: &[Stmt], name: &str) -> bool {
    let on_name = |target: &Expr| {
        matches!(target, Expr::Attribute(a)
            if matches!(a.value.as_ref(), Expr::Name(n) if n.id.as_str() == name))
    };
    any_statement(module, |stmt| match stmt {
        Stmt::Assign(a) => a.targets.iter().any(on_name),
        Stmt::AugAssign(a) => on_name(&a.target),
        Stmt::AnnAssign(a) => on_name(&a.target),
        Stmt::Delete(d) => d.targets.iter().any(on_name),
        _ => false,
    })
}

/// Whether `found` holds for any statement anywhere in `module`, nested ones included.
fn any_statement(module: &[Stmt], found: impl FnMut(&Stmt) -> bool) -> bool {
    struct Any<F> {
        found: F,
        hit: bool,
    }
    impl<'b, F: FnMut(&Stmt) -> bool> Visitor<'b> for Any<F> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            self.hit |= (self.found)(stmt);
            if !self.hit {
                visitor::walk_stmt(self, stmt);
            }
        }
    }
    let mut any = Any { found, hit: false };
    any.visit_body(module);
    any.hit
}

/// How many `for` statements anywhere in `body` (nested functions' included) bind the
/// name `name` as their whole target (`for p in rows:`), to compare with [`bindings_of`].
pub(crate) fn plain_loops_binding(body: &[Stmt], name: &str) -> usize {
    struct Loops<'n> {
        name: &'n str,
        count: usize,
    }
    impl<'b> Visitor<'b> for Loops<'_> {
        fn visit_stmt(&mut self, stmt: &'b Stmt) {
            if let Stmt::For(f) = stmt
                && matches!(f.target.as_ref(), Expr::Name(n) if n.id.as_str() == self.name)
            {
                self.count += 1;
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut loops = Loops { name, count: 0 };
    loops.visit_body(body);
    loops.count
}

/// The `getattr` call a forwarding `__getattr__(self, name)` ends in (red-team round 38:
/// `def __getattr__(self, n): return getattr(self._dev, n)`, a wrapper handing every
/// attribute it lacks to the object it wraps). After an optional docstring the body is only
/// guards that raise (`if n.startswith('_'): raise AttributeError(n)`) and then `return
/// getattr(target, n)` or `return getattr(target, n, default)`, where neither the target
/// nor the default mention `n` and nothing in the body binds it. `None` for any other body.
pub(crate) fn forwarding_getattr<'b>(body: &'b [Stmt], name: &str) -> Option<&'b ast::ExprCall> {
    let body = match body.first() {
        Some(Stmt::Expr(docstring)) if docstring.value.is_string_literal_expr() => &body[1..],
        _ => body,
    };
    let (last, guards) = body.split_last()?;
    let only_raising_guards = guards.iter().all(|stmt| {
        matches!(stmt, Stmt::If(guard)
            if guard.elif_else_clauses.is_empty()
                && guard.body.iter().all(|s| matches!(s, Stmt::Raise(_))))
    });
    if !only_raising_guards || bindings_in(Within::Body(body), name) > 0 {
        return None;
    }
    let Stmt::Return(ast::StmtReturn {
        value: Some(value), ..
    }) = last
    else {
        return None;
    };
    let Expr::Call(call) = value.as_ref() else {
        return None;
    };
    let args = &call.arguments.args;
    let forwards = matches!(call.func.as_ref(), Expr::Name(f) if f.id.as_str() == "getattr")
        && call.arguments.keywords.is_empty()
        && matches!(args.len(), 2 | 3)
        && matches!(&args[1], Expr::Name(n) if n.id.as_str() == name)
        && !mentions_name(&args[0], name)
        && args
            .get(2)
            .is_none_or(|default| !mentions_name(default, name));
    forwards.then_some(call)
}

/// Whether `expr` reads or binds the name `name` anywhere in it.
fn mentions_name(expr: &Expr, name: &str) -> bool {
    struct Mentions<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'b> Visitor<'b> for Mentions<'_> {
        fn visit_expr(&mut self, expr: &'b Expr) {
            if let Expr::Name(n) = expr {
                self.found |= n.id.as_str() == self.name;
            }
            if !self.found {
                visitor::walk_expr(self, expr);
            }
        }
    }
    let mut mentions = Mentions { name, found: false };
    mentions.visit_expr(expr);
    mentions.found
}

/// The value that the plain assignment of `name` starting at `offset` binds (`name = v`,
/// `name: T = v`), searched in `body` and its compound statements (not in nested
/// functions or classes).
pub(crate) fn assignment_at<'b>(body: &'b [Stmt], name: &str, offset: u32) -> Option<&'b Expr> {
    match statement_at(body, offset)? {
        Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(t)] if t.id.as_str() == name) => {
            Some(&a.value)
        }
        Stmt::AnnAssign(a) if matches!(&*a.target, Expr::Name(t) if t.id.as_str() == name) => {
            a.value.as_deref()
        }
        _ => None,
    }
}

/// The items a plain `for name in <display>:` starting at `offset` binds `name` to, one by
/// one: the elements of a tuple, list or set display with no starred element (`for c in
/// ("State", "Status")`), searched as [`assignment_at`] searches.
pub(crate) fn loop_items_at<'b>(body: &'b [Stmt], name: &str, offset: u32) -> Option<&'b [Expr]> {
    let Stmt::For(f) = statement_at(body, offset)? else {
        return None;
    };
    if !matches!(&*f.target, Expr::Name(t) if t.id.as_str() == name) {
        return None;
    }
    let items = match &*f.iter {
        Expr::Tuple(t) => &t.elts[..],
        Expr::List(l) => &l.elts[..],
        Expr::Set(s) => &s.elts[..],
        _ => return None,
    };
    (!items.iter().any(Expr::is_starred_expr)).then_some(items)
}

/// The statement starting at `offset` in `body` or its compound statements (not in nested
/// functions or classes).
fn statement_at(body: &[Stmt], offset: u32) -> Option<&Stmt> {
    let at = body.partition_point(|s| s.range().end().to_u32() <= offset);
    let stmt = body.get(at)?;
    if stmt.range().start().to_u32() == offset {
        return Some(stmt);
    }
    let mut bodies: Vec<&[Stmt]> = Vec::new();
    match stmt {
        Stmt::If(i) => {
            bodies.push(&i.body);
            bodies.extend(i.elif_else_clauses.iter().map(|c| &c.body[..]));
        }
        Stmt::For(f) => bodies.extend([&f.body[..], &f.orelse[..]]),
        Stmt::While(w) => bodies.extend([&w.body[..], &w.orelse[..]]),
        Stmt::With(w) => bodies.push(&w.body),
        Stmt::Try(t) => {
            bodies.extend([&t.body[..], &t.orelse[..], &t.finalbody[..]]);
            bodies.extend(t.handlers.iter().map(|h| match h {
                ast::ExceptHandler::ExceptHandler(h) => &h.body[..],
            }));
        }
        Stmt::Match(m) => bodies.extend(m.cases.iter().map(|c| &c.body[..])),
        _ => {}
    }
    bodies.into_iter().find_map(|b| statement_at(b, offset))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use ruff_text_size::Ranged;

    #[test]
    fn a_dict_only_looked_up_is_told_from_one_handed_on() {
        let uses = |code: &str, name: &str| {
            let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
            NameUses::of(&parsed.syntax().body).only_looked_up(name)
        };
        let looked_up = "C = {'dry_run': True}\nif C['dry_run'] or C.get('m') or 'k' in C:\n    \
                         print(f'{C}', {**C})\nf(**C)\n";
        assert_eq!(uses(looked_up, "C"), Some(false));
        assert_eq!(uses("C = {}\nprint('settings', C)\n", "C"), Some(true));
        for handed_on in [
            "C = {}\nf(C)\n",
            "C = {}\nC['dry_run'] = False\n",
            "C = {}\nv = C.items()\n",
            "C = {}\nC in [x]\n",
            "C = {}\nglobals()['C']\n",
        ] {
            assert_eq!(uses(handed_on, "C"), None, "{handed_on}");
        }
    }

    /// Whether `open(path, mode)` in the first function of `code` only reads.
    fn only_reads(code: &str) -> bool {
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        let module = &parsed.syntax().body;
        let function = module
            .iter()
            .find_map(|s| match s {
                Stmt::FunctionDef(f) => Some(f),
                _ => None,
            })
            .expect("a function");
        parameter_only_reads(module, function, "mode")
    }

    /// The source text of what `items_put_in` finds for `table` in `code`.
    fn put_in(code: &str, table: Table<'_>) -> Option<Vec<String>> {
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        let module = &parsed.syntax().body;
        let mut ask = |ask: Ask<'_>| match ask {
            Ask::Unshadowed(name) => bindings_of(module, name) == 0,
            Ask::Handed(..) => false,
        };
        items_put_in(Within::Body(module), table, &mut ask).map(|put| {
            put.iter()
                .map(|p| p.value)
                .map(|v| code[v.range().start().to_usize()..v.range().end().to_usize()].to_owned())
                .collect()
        })
    }

    #[test]
    fn the_values_put_in_a_table_are_every_store_and_adding_method() {
        let code = "g = {}\ng['a'] = []\ng.setdefault('b', set()).add(1)\ng['a'].append(x)\n\
                    r = []\nr.append([])\nr.insert(0, ())\nfor k in g: print(len(g), k in g)\n";
        assert_eq!(
            put_in(code, Table::Name("g")),
            Some(vec!["[]".to_owned(), "set()".to_owned()])
        );
        assert_eq!(
            put_in(code, Table::Name("r")),
            Some(vec!["[]".to_owned(), "()".to_owned()])
        );
        let fields = "class R:\n    def __init__(self):\n        self.g = {}\n    \
                      def add(self, k, d):\n        self.g[k] = d\n        self.g[k] += [1]\n";
        assert_eq!(
            put_in(fields, Table::Field("g")),
            Some(vec!["d".to_owned()])
        );
        // Looked at, formatted, its keys copied, an item named: nothing put in.
        let looked = "g = {}\nb = g['a'] = []\nprint(g, len(g))\nf'{g}'\nsorted(g)\n";
        assert_eq!(
            put_in(looked, Table::Name("g")),
            Some(vec!["[]".to_owned()])
        );
    }

    #[test]
    fn a_value_put_in_under_a_literal_key_keeps_the_key() {
        let code = "g = {}\ng['log'] = []\ng[k] = d\ng.setdefault('seen', set())\n\
                    g.setdefault(k, e)\ng.append(f)\nh: dict = {}\nh['x']: list = []\n";
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        let module = &parsed.syntax().body;
        let keyed = |table| {
            items_put_in(Within::Body(module), table, &mut |ask| {
                matches!(ask, Ask::Unshadowed(_))
            })
            .map(|put| {
                put.iter()
                    .map(|p| {
                        let value = &code
                            [p.value.range().start().to_usize()..p.value.range().end().to_usize()];
                        (p.key.map(str::to_owned), value.to_owned())
                    })
                    .collect::<Vec<_>>()
            })
        };
        let key = |k: &str| Some(k.to_owned());
        assert_eq!(
            keyed(Table::Name("g")),
            Some(vec![
                (key("log"), "[]".to_owned()),
                (None, "d".to_owned()),
                (key("seen"), "set()".to_owned()),
                (None, "e".to_owned()),
                (None, "f".to_owned()),
            ])
        );
        assert_eq!(
            keyed(Table::Name("h")),
            Some(vec![(key("x"), "[]".to_owned())])
        );
    }

    #[test]
    fn direct_calls_are_every_call_when_the_name_is_only_called() {
        let calls = |code: &str| {
            let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
            NameUses::of(&parsed.syntax().body)
                .direct_calls("f")
                .map(|calls| calls.len())
        };
        assert_eq!(calls("def f(c): pass\nf(a)\nf(b, 1)\nx.f(c)\n"), Some(2));
        assert_eq!(calls("def f(c): pass\n"), Some(0));
        // Read as a value (a callback, an alias, a partial) or spelled in a string.
        for code in [
            "def f(c): pass\ng = f\nf(a)\n",
            "def f(c): pass\nmap(f, rows)\n",
            "def f(c): pass\nglobals()['f'](a)\n",
        ] {
            assert_eq!(calls(code), None, "{code}");
        }
    }

    #[test]
    fn the_class_holding_a_method_is_found_at_any_depth() {
        let code = "def outer():\n    class Rig:\n        def __init__(self, reg):\n            \
                    self.reg = reg\n    return Rig\ndef __init__(self):\n    pass\n";
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        let module = &parsed.syntax().body;
        let mut defs = Vec::new();
        struct Defs<'b, 'v>(&'v mut Vec<&'b ast::StmtFunctionDef>);
        impl<'b> Visitor<'b> for Defs<'b, '_> {
            fn visit_stmt(&mut self, stmt: &'b Stmt) {
                if let Stmt::FunctionDef(f) = stmt {
                    self.0.push(f);
                }
                visitor::walk_stmt(self, stmt);
            }
        }
        for stmt in module {
            Defs(&mut defs).visit_stmt(stmt);
        }
        let init = defs
            .iter()
            .find(|f| f.name.as_str() == "__init__")
            .expect("a method");
        assert_eq!(
            class_holding(module, init).map(|c| c.name.as_str()),
            Some("Rig")
        );
        let plain = defs
            .iter()
            .rfind(|f| f.name.as_str() == "__init__")
            .expect("a function");
        assert!(class_holding(module, plain).is_none());
    }

    #[test]
    fn a_use_that_may_put_unseen_items_in_is_none() {
        for code in [
            "g = {}\nh = g\n",
            "g = {}\ng.update(a=dev)\n",
            "g = {}\nfill(g)\n",
            "g = []\ng[0:0] = [dev]\n",
            "g = {}\ndel g['a']\n",
            "g = {}\nfor g['a'] in devs: pass\n",
            "g = {}\n(g['a'], x) = (dev, 1)\n",
            "g = []\ng.append(*devs)\n",
            "g = {}\nglobals()['g']['a'] = dev\n",
            "g = {}\ng.__setitem__('a', dev)\n",
            "g = h = {}\n",
            "g = {}\ndef print(t): pass\nprint(g)\n",
        ] {
            assert_eq!(put_in(code, Table::Name("g")), None, "{code}");
        }
    }

    const HELPER: &str =
        "def load(path, mode='r'):\n    with open(path, mode) as f:\n        return f.read()\n";

    /// The tables (as source text) and builtins of the loops that bind `name` in `code`.
    fn loop_items(code: &str, name: &str) -> Vec<(String, Option<String>)> {
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        loop_items_bound(Within::Body(&parsed.syntax().body), name)
            .iter()
            .map(|item| {
                let range = item.table.range();
                (
                    code[range.start().to_usize()..range.end().to_usize()].to_owned(),
                    item.through.map(str::to_owned),
                )
            })
            .collect()
    }

    #[test]
    fn loops_binding_an_item_name_their_table_and_the_builtin() {
        let code = "for b in rows: pass\nfor i, b in enumerate(rows): pass\n\
                    for k, b in g.items(): pass\nfor n, b, m in zip(ns, rows, ms): pass\n\
                    x = [b for b in g.values()]\nfor b in reversed(self.rows): pass\n";
        let found = loop_items(code, "b");
        let tables: Vec<&str> = found.iter().map(|(table, _)| table.as_str()).collect();
        assert_eq!(tables, ["rows", "rows", "g", "rows", "g", "self.rows"]);
        let builtins: Vec<Option<&str>> = found.iter().map(|(_, b)| b.as_deref()).collect();
        assert_eq!(
            builtins,
            [
                None,
                Some("enumerate"),
                None,
                Some("zip"),
                None,
                Some("reversed")
            ]
        );
    }

    #[test]
    fn loops_binding_anything_but_an_item_are_not_listed() {
        for code in [
            "for b, i in enumerate(rows): pass\n",
            "for b, v in g.items(): pass\n",
            "for b in make_rows(): pass\n",
            "for (b, c), d in zip(x, y): pass\n",
            "for b, c in zip(x, y, z): pass\n",
            "for b, *c in rows: pass\n",
            "for i, b in enumerate(*parts): pass\n",
            "for i, b in enumerate(rows, start=1): pass\n",
            "for b, b in zip(x, y): pass\n",
        ] {
            assert!(loop_items(code, "b").is_empty(), "{code}");
        }
    }

    #[test]
    fn parameters_spelled_like_a_name_are_counted_apart_from_its_other_bindings() {
        let code = "class Rig:\n    def __init__(self, reg):\n        self.reg = reg\n\
                    f = lambda reg, x: reg\ndef reg(reg):\n    pass\nreg = {}\n";
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        let module = &parsed.syntax().body;
        // `__init__`'s and the lambda's parameters; `def reg(reg)` binds the name itself.
        assert_eq!(parameters_named(Within::Body(module), "reg"), 2);
        assert_eq!(bindings_of(module, "reg"), 4);
    }

    #[test]
    fn a_reading_default_that_every_call_keeps_only_reads() {
        assert!(only_reads(&format!(
            "{HELPER}load('a')\nload('b', 'rb')\nload('c', mode='r')\n"
        )));
    }

    #[test]
    fn a_call_passing_a_writing_or_unknown_mode_may_write() {
        for call in [
            "load('a', 'w')",
            "load('a', mode='a+')",
            "load('a', m)",
            "load(*args)",
            "load('a', **opts)",
        ] {
            assert!(!only_reads(&format!("{HELPER}{call}\n")), "{call}");
        }
    }

    #[test]
    fn a_helper_that_escapes_or_rebinds_the_mode_may_write() {
        for tail in [
            "f = load\nf('a', 'w')\n",
            "list(map(load, ['a'], ['w']))\n",
            "getattr(obj, 'load')('a', 'w')\n",
        ] {
            assert!(!only_reads(&format!("{HELPER}{tail}")), "{tail}");
        }
        let rebinds = "def load(path, mode='r'):\n    mode = 'w'\n    return open(path, mode)\n";
        assert!(!only_reads(rebinds));
        let writing_default = "def load(path, mode='w'):\n    return open(path, mode)\n";
        assert!(!only_reads(writing_default));
        let decorated = "@register\ndef load(path, mode='r'):\n    return open(path, mode)\n";
        assert!(!only_reads(decorated));
    }

    #[test]
    fn a_method_call_checks_both_positions_the_mode_may_take() {
        let class =
            "class T:\n    def load(self, path, mode='r'):\n        return open(path, mode)\n";
        let parsed = ruff_python_parser::parse_module(&format!("{class}T().load('a', 'w')\n"))
            .expect("parses");
        let module = &parsed.syntax().body;
        let Stmt::ClassDef(c) = &module[0] else {
            panic!("a class")
        };
        let Stmt::FunctionDef(f) = &c.body[0] else {
            panic!("a method")
        };
        assert!(!parameter_only_reads(module, f, "mode"));
    }

    fn place(code: &str) -> Place {
        let parsed = ruff_python_parser::parse_expression(code).expect("parses");
        place_of(parsed.expr(), &|leaf| {
            matches!(leaf, Expr::Name(n) if n.id.as_str() == "OUT").then(|| "/data/out".to_owned())
        })
    }

    #[test]
    fn paths_out_of_the_run_folder_are_told_from_paths_in_it() {
        for code in [
            "'/tmp/orbit.png'",
            "'~/report.csv'",
            "'../shared/x.npy'",
            "f'/data/{run}.h5'",
            "os.path.expanduser('~/x.csv')",
            "os.path.join('/tmp', name)",
            "os.path.join(folder, '/etc/x')",
            "Path.home() / 'x.png'",
            "Path('/tmp') / 'x.png'",
            "Path('out') / '/abs.png'",
            "tempfile.gettempdir() + '/x'",
            // Round 18: names holding such a path, paths made from one, the environment.
            "OUT",
            "f'{OUT}/x.png'",
            "os.path.join(OUT, 'x.png')",
            "Path(OUT) / 'x.png'",
            "Path(OUT).parent",
            "Path('/data/scan.h5').with_suffix('.png')",
            "Path('out').joinpath('/abs.png')",
            "os.environ['HOME'] + '/x.csv'",
            "os.path.join(os.getenv('HOME'), 'x.csv')",
        ] {
            assert!(matches!(place(code), Place::Outside(_)), "{code}");
        }
        for code in [
            "'orbit.png'",
            "'plots/orbit.png'",
            "f'orbit_{n}.png'",
            "Path('out') / 'x.png'",
            "'/dev/null'",
            "os.path.join('out', name)",
        ] {
            assert_eq!(place(code), Place::Inside, "{code}");
        }
        for code in [
            "name",
            "f'{folder}/x.png'",
            "os.path.join(folder, 'x.png')",
            "get_path()",
        ] {
            assert_eq!(place(code), Place::Unknown, "{code}");
        }
    }

    #[test]
    fn a_conditional_of_reading_modes_reads() {
        let parsed =
            ruff_python_parser::parse_expression("'rb' if binary else 'r'").expect("parses");
        assert!(!mode_writes(parsed.expr()));
        let parsed =
            ruff_python_parser::parse_expression("'rb' if binary else 'w'").expect("parses");
        assert!(mode_writes(parsed.expr()));
    }

    /// The bodies a per-name walk is asked about: the module's and every `def`'s and
    /// `class`'s, with the start of the statement owning each (`None`: the module).
    pub(crate) fn bodies(module: &[Stmt]) -> Vec<(&[Stmt], Option<TextSize>)> {
        struct Bodies<'b> {
            out: Vec<(&'b [Stmt], Option<TextSize>)>,
        }
        impl<'b> Visitor<'b> for Bodies<'b> {
            fn visit_stmt(&mut self, stmt: &'b Stmt) {
                match stmt {
                    Stmt::FunctionDef(f) => self.out.push((&f.body, Some(f.range.start()))),
                    Stmt::ClassDef(c) => self.out.push((&c.body, Some(c.range.start()))),
                    _ => {}
                }
                visitor::walk_stmt(self, stmt);
            }
        }
        let mut bodies = Bodies {
            out: vec![(module, None)],
        };
        bodies.visit_body(module);
        bodies.out
    }

    /// The corpus snippets' sources.
    pub(crate) fn corpus() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/analysis_corpus");
        let mut sources: Vec<(String, String)> = std::fs::read_dir(&dir)
            .expect("corpus")
            .map(|entry| entry.expect("entry").path())
            .filter(|path| path.extension().is_some_and(|e| e == "py"))
            .map(|path| {
                let source = std::fs::read_to_string(&path).expect("snippet");
                (path.display().to_string(), source)
            })
            .collect();
        sources.sort();
        assert!(sources.len() >= 80, "{} snippets", sources.len());
        sources
    }

    /// What [`items_put_in`] finds, as ranges and keys, asking nothing it cannot answer
    /// from `module` alone.
    fn put_ranges(
        within: Within<'_, '_>,
        module: &[Stmt],
        table: Table<'_>,
    ) -> Option<Vec<(Option<String>, ruff_text_size::TextRange)>> {
        let mut ask = |ask: Ask<'_>| match ask {
            Ask::Unshadowed(name) => bindings_of(module, name) == 0,
            Ask::Handed(call, _) => call.arguments.args.len() == 1,
        };
        items_put_in(within, table, &mut ask).map(|put| {
            put.iter()
                .map(|p| (p.key.map(str::to_owned), p.value.range()))
                .collect()
        })
    }

    /// Every per-name walk gives the same answer over the statements [`Spellings`] lists
    /// for a name as over the whole body, for every name every corpus snippet spells, in
    /// the module and in every `def` and `class`.
    #[test]
    fn walks_over_the_spelled_statements_agree_with_whole_body_walks() {
        let mut checked = 0;
        for (path, source) in corpus() {
            let Ok(parsed) = ruff_python_parser::parse_module(&source) else {
                continue;
            };
            let module = &parsed.syntax().body;
            let spellings = Spellings::of(module);
            let mut texts = spellings.texts();
            texts.push("never_spelled");
            for (body, owner) in bodies(module) {
                for &text in &texts {
                    let statements = spellings.statements(text, body);
                    let spelled = Within::Spelled(&statements);
                    let whole = Within::Body(body);
                    let at = format!("{path}: {text:?} in the body at {owner:?}");
                    assert_eq!(bindings_in(spelled, text), bindings_in(whole, text), "{at}");
                    assert_eq!(
                        parameters_named(spelled, text),
                        parameters_named(whole, text),
                        "{at}"
                    );
                    let loops = |within| {
                        loop_items_bound(within, text)
                            .iter()
                            .map(|item| (item.table.range(), item.through))
                            .collect::<Vec<_>>()
                    };
                    assert_eq!(loops(spelled), loops(whole), "{at}");
                    for table in [Table::Name(text), Table::Field(text)] {
                        assert_eq!(
                            put_ranges(spelled, module, table),
                            put_ranges(whole, module, table),
                            "{at}"
                        );
                    }
                    let (mut indexed, mut walked) = (Vec::new(), Vec::new());
                    spellings.assigned_values(text, body, owner, &mut indexed);
                    assigned_values(body, text, &mut walked);
                    let ranges =
                        |values: Vec<&Expr>| values.iter().map(|v| v.range()).collect::<Vec<_>>();
                    assert_eq!(ranges(indexed), ranges(walked), "{at}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 10_000, "{checked} names checked");
    }
}
