//! The runtime write guard and channel limits, through the real local executor and a real
//! interpreter with the mock control system: the seeds' limits cases through every write
//! entry point (`pyexec_runtime.write_channel(s)`, the mock pyepics `caput`, `caput_many`,
//! `PV.put`, the `PV.value` setter, `ca.put`), and what the pipeline does with a violation.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use pyexec::approval::FixedApprover;
use pyexec::embedded::EmbeddedRunner;
use pyexec::execution::local::{LocalExecutor, LocalSettings};
use pyexec::execution::{ExecutionFailure, ExecutionJob, Executor};
use pyexec::limits::LimitsDatabase;
use pyexec::model::{ErrorCategory, ExecutionMode, ExecutionRequest, OutcomeStatus};

const LIMITS: &str = r#"{
  "_comment": "the seeds' cases",
  "RANGE": {"min_value": 0, "max_value": 100},
  "STEP": {"min_value": 0, "max_value": 100, "max_step": 10},
  "RO": {"writable": false},
  "NOREAD": {"max_step": 10}
}"#;

/// The channel store every case starts from: STEP at 50, NOREAD unreadable.
const STORE: &str = r#"{"STEP": 50, "NOREAD": null}"#;

/// Each write entry point, as code writing `value` to `channel`.
const ENTRY_POINTS: &[(&str, &str)] = &[
    (
        "write_channel",
        "import pyexec_runtime\npyexec_runtime.write_channel('{c}', {v})",
    ),
    (
        "write_channels",
        "from pyexec_runtime import write_channels\nwrite_channels({{'{c}': {v}}})",
    ),
    ("caput", "import epics\nepics.caput('{c}', {v})"),
    (
        "caput_many",
        "from epics import caput_many\ncaput_many(['{c}'], [{v}])",
    ),
    ("PV.put", "import epics\nepics.PV('{c}').put({v})"),
    (
        "PV.value",
        "from epics import PV\npv = PV('{c}')\npv.value = {v}",
    ),
    (
        "ca.put",
        "from epics import ca\nca.put(ca.create_channel('{c}'), {v})",
    ),
];

struct Guarded {
    dir: tempfile::TempDir,
    executor: LocalExecutor,
    runs: usize,
}

impl Guarded {
    fn new(limits: &str) -> Self {
        let db = LimitsDatabase::from_json_str(limits, "test").expect("limits");
        Self::with_limits(Some(db))
    }

    /// An executor that checks writes against `limits`, or against nothing (`None`).
    fn with_limits(limits: Option<LimitsDatabase>) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let settings = LocalSettings {
            limits: limits.map(Arc::new),
            mock_control_system: true,
            ..LocalSettings::new(common::python(), Duration::from_secs(60))
        };
        let executor =
            LocalExecutor::new(settings, &dir.path().join(".runtime")).expect("executor");
        Self {
            dir,
            executor,
            runs: 0,
        }
    }

    fn store(&self) -> std::path::PathBuf {
        self.dir.path().join(".runtime/channels/channels.json")
    }

    /// Runs `code` in write_access mode from a fresh channel store.
    async fn run(&mut self, code: &str) -> Result<(), ExecutionFailure> {
        std::fs::write(self.store(), STORE).expect("store");
        self.runs += 1;
        let attempt_dir = self.dir.path().join(format!("attempt-{}", self.runs));
        let code = format!("{code}\nresults = {{}}\n");
        self.executor
            .execute(ExecutionJob {
                run_id: "guard",
                code: &code,
                mode: ExecutionMode::WriteAccess,
                attempt: 1,
                context: None,
                attempt_dir: &attempt_dir,
            })
            .await
            .map(|_| ())
    }

    fn stored(&self, channel: &str) -> serde_json::Value {
        let text = std::fs::read_to_string(self.store()).expect("store");
        let store: serde_json::Value = serde_json::from_str(&text).expect("store JSON");
        store[channel].clone()
    }
}

fn violation_type(failure: &ExecutionFailure) -> String {
    assert_eq!(failure.kind, "channel_limits_violation", "{failure:#?}");
    assert_eq!(failure.category, ErrorCategory::Workflow);
    format!("{:?}", failure.limits_violations[0].violation_type)
}

#[tokio::test]
async fn the_seeds_limits_cases_hold_through_every_write_entry_point() {
    let mut guarded = Guarded::new(LIMITS);
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("RANGE", "0", None),
        ("RANGE", "100", None),
        ("RANGE", "-10", Some("MinExceeded")),
        ("RANGE", "150", Some("MaxExceeded")),
        ("RO", "1", Some("ReadOnlyChannel")),
        ("UNLISTED", "1", Some("UnlistedChannel")),
        ("STEP", "55", None),
        ("STEP", "95", Some("MaxStepExceeded")),
        ("NOREAD", "1", Some("StepCheckFailed")),
        ("RANGE", "float('nan')", Some("NonFiniteValue")),
    ];
    for (entry, template) in ENTRY_POINTS {
        for (channel, value, expected) in cases {
            let code = template.replace("{c}", channel).replace("{v}", value);
            let code = code.replace("{{", "{").replace("}}", "}");
            let outcome = guarded.run(&code).await;
            let what = format!("{entry}: {channel} <- {value}");
            match expected {
                None => {
                    assert!(outcome.is_ok(), "{what}: {outcome:#?}");
                    let written = guarded.stored(channel).as_f64().expect("written");
                    assert_eq!(written, value.parse::<f64>().expect("number"), "{what}");
                }
                Some(kind) => {
                    let failure = outcome.expect_err(&what);
                    assert_eq!(violation_type(&failure), *kind, "{what}");
                    let v = &failure.limits_violations[0];
                    assert_eq!(v.channel, *channel, "{what}");
                    // Nothing was written: the store still holds what the case started from.
                    let before: serde_json::Value =
                        serde_json::from_str(STORE).expect("store JSON");
                    assert_eq!(guarded.stored(channel), before[channel], "{what}");
                }
            }
        }
    }
}

#[tokio::test]
async fn violations_carry_the_limits_and_the_current_value() {
    let mut guarded = Guarded::new(LIMITS);
    let failure = guarded
        .run("import epics\nepics.caput('STEP', 95)")
        .await
        .expect_err("step");
    let v = &failure.limits_violations[0];
    assert_eq!(
        (
            v.attempted_value,
            v.current_value,
            v.max_step,
            v.min_value,
            v.max_value
        ),
        (Some(95.0), Some(50.0), Some(10.0), Some(0.0), Some(100.0))
    );
    assert!(v.reason.contains("STEP"), "{}", v.reason);
}

#[tokio::test]
async fn code_cannot_drop_the_limits_or_loosen_their_checks_before_writing() {
    // Round 15: the runtime read `PYEXEC_LIMITS` at the first write and called
    // `math.isfinite` through the module, so code could remove the limits or let NaN through.
    let mut guarded = Guarded::new(LIMITS);
    for (route, code, expected) in [
        (
            "PYEXEC_LIMITS removed from the environment",
            "import os\nimport pyexec_runtime\nos.environ.pop('PYEXEC_LIMITS', None)\n\
             pyexec_runtime.write_channel('RANGE', 150)",
            "MaxExceeded",
        ),
        (
            "the environment cleared",
            "import os\nimport pyexec_runtime\nos.environ.clear()\n\
             pyexec_runtime.write_channel('RANGE', 150)",
            "MaxExceeded",
        ),
        (
            "math.isfinite replaced",
            "import math\nimport pyexec_runtime\nmath.isfinite = lambda v: True\n\
             pyexec_runtime.write_channel('RANGE', float('nan'))",
            "NonFiniteValue",
        ),
    ] {
        let failure = guarded.run(code).await.expect_err(route);
        assert_eq!(violation_type(&failure), expected, "{route}");
        assert_eq!(guarded.stored("RANGE"), serde_json::Value::Null, "{route}");
    }
}

#[tokio::test]
async fn unlisted_channels_pass_when_the_database_allows_them() {
    let permissive =
        r#"{"allow_unlisted_channels": true, "RANGE": {"min_value": 0, "max_value": 100}}"#;
    let mut guarded = Guarded::new(permissive);
    for (entry, template) in ENTRY_POINTS {
        let code = template
            .replace("{c}", "ANYTHING")
            .replace("{v}", "1234")
            .replace("{{", "{")
            .replace("}}", "}");
        assert!(guarded.run(&code).await.is_ok(), "{entry}");
    }
    let failure = guarded
        .run("import epics\nepics.caput('RANGE', 101)")
        .await
        .expect_err("listed channels keep their limits");
    assert_eq!(violation_type(&failure), "MaxExceeded");
}

#[tokio::test]
async fn a_caught_violation_still_ends_the_run_and_writes_nothing_else() {
    let mut guarded = Guarded::new(LIMITS);
    let code = "import pyexec_runtime as rt\n\
                try:\n    rt.write_channels({'RANGE': 10, 'STEP': 99})\nexcept PermissionError:\n    pass\n";
    let failure = guarded.run(code).await.expect_err("still a violation");
    assert_eq!(violation_type(&failure), "MaxStepExceeded");
    assert_eq!(
        guarded.stored("RANGE"),
        serde_json::Value::Null,
        "write_channels is all or nothing"
    );
}

#[tokio::test]
async fn an_unavailable_database_blocks_every_write() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = LimitsDatabase::unavailable("the file went away");
    let settings = LocalSettings {
        limits: Some(Arc::new(db)),
        mock_control_system: true,
        ..LocalSettings::new(common::python(), Duration::from_secs(60))
    };
    let executor = LocalExecutor::new(settings, &dir.path().join(".runtime")).expect("executor");
    let attempt_dir = dir.path().join("attempt");
    let failure = executor
        .execute(ExecutionJob {
            run_id: "guard",
            code: "import epics\nepics.caput('RANGE', 1)\nresults = {}\n",
            mode: ExecutionMode::WriteAccess,
            attempt: 1,
            context: None,
            attempt_dir: &attempt_dir,
        })
        .await
        .expect_err("blocked");
    assert_eq!(violation_type(&failure), "LimitsUnavailable");
}

#[tokio::test]
async fn a_runtime_violation_ends_the_run_without_regeneration() {
    let data = tempfile::tempdir().expect("tempdir");
    let limits = data.path().join("limits.json");
    std::fs::write(&limits, LIMITS).expect("limits");
    let settings = common::settings(
        data.path(),
        &[
            ("PYEXEC_CONTROL_SYSTEM_TYPE", "mock"),
            ("PYEXEC_CONTROL_SYSTEM_WRITES_ENABLED", "true"),
            ("PYEXEC_LIMITS_FILE", limits.to_str().expect("utf-8")),
        ],
    );
    let approver = Arc::new(FixedApprover {
        approve: true,
        approver: "test-operator".into(),
        reason: None,
    });
    let runner = EmbeddedRunner::from_settings(settings, approver).expect("runner");
    let mut request = ExecutionRequest::for_objective("raise the setpoint");
    // A computed value: the analyzer cannot check it, the runtime guard does.
    request.approved_code =
        Some("import epics\nv = 50 * 3\nepics.caput('RANGE', v)\nresults = {}\n".into());
    let run = runner.run_to_end("guard-run".into(), request).await;
    let outcome = run.outcome().expect("finished");
    assert_eq!(outcome.status, OutcomeStatus::Failed);
    let error = outcome.error.expect("error");
    assert_eq!(error.kind, "channel_limits_violation");
    assert_eq!(error.category, ErrorCategory::Workflow);
    assert_eq!(
        error.details["violations"][0]["violation_type"],
        "MAX_EXCEEDED"
    );
    assert_eq!(error.details["violations"][0]["attempted_value"], 150.0);
    assert_eq!(outcome.error_chain.len(), 1, "not regenerated");
    assert!(
        !Path::new(&data.path().join(".runtime/channels/channels.json")).exists() || {
            let text = std::fs::read_to_string(data.path().join(".runtime/channels/channels.json"))
                .unwrap_or_default();
            !text.contains("RANGE")
        }
    );
}

/// Runs `code` in `mode` (no limits database) and returns the failure, if any.
async fn run_in_mode(
    guarded: &mut Guarded,
    mode: ExecutionMode,
    code: &str,
) -> Result<serde_json::Map<String, serde_json::Value>, ExecutionFailure> {
    std::fs::write(guarded.store(), STORE).expect("store");
    guarded.runs += 1;
    let attempt_dir = guarded.dir.path().join(format!("attempt-{}", guarded.runs));
    guarded
        .executor
        .execute(ExecutionJob {
            run_id: "guard",
            code,
            mode,
            attempt: 1,
            context: None,
            attempt_dir: &attempt_dir,
        })
        .await
        .map(|output| output.results)
}

fn refused_entry(failure: &ExecutionFailure) -> String {
    assert_eq!(failure.kind, "write_refused", "{failure:#?}");
    assert_eq!(failure.category, ErrorCategory::Workflow);
    assert!(
        failure.message.contains("ChannelWriteRefused"),
        "{}",
        failure.message
    );
    failure.write_refusals[0]["entry_point"]
        .as_str()
        .expect("entry point")
        .to_owned()
}

#[tokio::test]
async fn every_write_entry_point_is_refused_in_a_read_only_run_even_when_caught() {
    let mut guarded = Guarded::new(r#"{"allow_unlisted_channels": true}"#);
    let expected = [
        "pyexec_runtime.write_channels",
        "pyexec_runtime.write_channels",
        "epics.caput",
        "epics.caput_many",
        "epics.PV.put",
        "epics.PV.value =",
        "epics.ca.put",
    ];
    for ((entry, template), want) in ENTRY_POINTS.iter().zip(expected) {
        let write = template
            .replace("{c}", "RANGE")
            .replace("{v}", "7")
            .replace("{{", "{")
            .replace("}}", "}");
        // The code even catches the refusal and carries on: the run still ends refused.
        let code = format!(
            "try:\n{}\nexcept PermissionError:\n    pass\nresults = {{'after': True}}\n",
            write
                .lines()
                .map(|l| format!("    {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        let failure = run_in_mode(&mut guarded, ExecutionMode::ReadOnly, &code)
            .await
            .expect_err(entry);
        assert_eq!(refused_entry(&failure), want, "{entry}");
        assert_eq!(guarded.stored("RANGE"), serde_json::Value::Null, "{entry}");
    }
    // Reads are untouched.
    let results = run_in_mode(
        &mut guarded,
        ExecutionMode::ReadOnly,
        "import epics\nresults = {'v': epics.caget('STEP'), 'p': epics.PV('STEP').value}\n",
    )
    .await
    .expect("reads pass");
    assert_eq!(results["v"], 50);
    assert_eq!(results["p"], 50);
}

#[tokio::test]
async fn a_read_only_run_cannot_grant_itself_write_access_through_the_runtimes_internals() {
    let mut guarded = Guarded::new(r#"{"allow_unlisted_channels": true}"#);
    for (route, code, entry) in [
        (
            "the mode's variable edited",
            "import os
os.environ['PYEXEC_EXECUTION_MODE'] = 'write_access'
\
             import pyexec_runtime
pyexec_runtime.write_channel('RANGE', 7)
",
            "pyexec_runtime.write_channels",
        ),
        (
            "the store saved directly",
            "import pyexec_runtime
store = pyexec_runtime._load()
store['RANGE'] = 7
\
             pyexec_runtime._save(store)
",
            "pyexec_runtime._save",
        ),
    ] {
        let failure = run_in_mode(&mut guarded, ExecutionMode::ReadOnly, code)
            .await
            .expect_err(route);
        assert_eq!(refused_entry(&failure), entry, "{route}");
        assert_eq!(guarded.stored("RANGE"), serde_json::Value::Null, "{route}");
        assert_eq!(guarded.stored("STEP"), 50, "{route}");
    }
}

/// Minimal stand-ins with the client libraries' shapes (the real ones need a control
/// system to talk to): each write records itself, so an unguarded write is visible.
const FAKE_LIBRARIES: &[(&str, &str)] = &[
    ("p4p/__init__.py", ""),
    ("p4p/client/__init__.py", ""),
    (
        "p4p/client/thread.py",
        "WRITES = []\nclass Context:\n    def __init__(self, provider='pva'):\n        pass\n    def get(self, name):\n        return 1.0\n    def put(self, name, value):\n        WRITES.append((name, value))\n    def rpc(self, name, value):\n        WRITES.append((name, value))\n",
    ),
    ("caproto/__init__.py", ""),
    ("caproto/sync/__init__.py", ""),
    ("caproto/threading/__init__.py", ""),
    (
        "caproto/threading/client.py",
        "WRITES = []\nclass Batch:\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        return False\n    def write(self, pv, value):\n        WRITES.append((pv, value))\n",
    ),
    (
        "caproto/sync/client.py",
        "WRITES = []\ndef read(name):\n    return 1.0\ndef write(name, value, notify=False):\n    WRITES.append((name, value))\n",
    ),
    (
        "pvaccess.py",
        "WRITES = []\nclass Channel:\n    def __init__(self, name):\n        self.name = name\n    def get(self):\n        return 1.0\n    def put(self, value):\n        WRITES.append(value)\n    def putDouble(self, value):\n        WRITES.append(value)\nclass RpcClient:\n    def __init__(self, name):\n        self.name = name\n    def invoke(self, request):\n        WRITES.append(request)\n",
    ),
    ("softioc/__init__.py", ""),
    (
        "softioc/softioc.py",
        "WRITES = []\ndef iocInit(dispatcher=None):\n    WRITES.append('iocInit')\n",
    ),
    (
        "tango/__init__.py",
        "WRITES = []\nclass DeviceProxy:\n    def __init__(self, name):\n        object.__setattr__(self, '_name', name)\n    def read_attribute(self, name):\n        return 1.0\n    def write_attribute(self, name, value):\n        WRITES.append((name, value))\n    def command_inout(self, name, arg=None):\n        WRITES.append(name)\n    def __setattr__(self, name, value):\n        WRITES.append((name, value))\nclass Database:\n    def get_device_property(self, name, props):\n        return {}\n    def put_device_property(self, name, props):\n        WRITES.append((name, props))\n",
    ),
];

#[tokio::test]
async fn client_library_writes_are_refused_in_read_only_and_pass_in_write_access() {
    let mut guarded = Guarded::new(r#"{"allow_unlisted_channels": true}"#);
    let fakes = guarded.dir.path().join("fakes");
    for (path, source) in FAKE_LIBRARIES {
        let file = fakes.join(path);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("dir");
        std::fs::write(file, source).expect("fake");
    }
    let prelude = format!(
        "import sys\nsys.path.insert(0, {:?})\n",
        fakes.display().to_string()
    );
    let cases = [
        (
            "from p4p.client.thread import Context\nContext('pva').put('X', 1.0)",
            "p4p.client.thread.Context.put",
            "p4p.client.thread",
        ),
        (
            "from p4p.client.thread import Context\nContext('pva').rpc('X', 1.0)",
            "p4p.client.thread.Context.rpc",
            "p4p.client.thread",
        ),
        (
            "from caproto.sync.client import write\nwrite('X', 1.0)",
            "caproto.sync.client.write",
            "caproto.sync.client",
        ),
        (
            "import pvaccess\npvaccess.Channel('X').putDouble(1.0)",
            "pvaccess.Channel.putDouble",
            "pvaccess",
        ),
        (
            "import tango\ntango.DeviceProxy('a/b/c').write_attribute('V', 1.0)",
            "tango.DeviceProxy.write_attribute",
            "tango",
        ),
        (
            "import tango\ntango.DeviceProxy('a/b/c').command_inout('On')",
            "tango.DeviceProxy.command_inout",
            "tango",
        ),
        (
            "import tango\nd = tango.DeviceProxy('a/b/c')\nd.Voltage = 3",
            "tango.DeviceProxy attribute assignment",
            "tango",
        ),
        (
            "import tango\ntango.Database().put_device_property('a/b/c', {'max': ['1']})",
            "tango.Database.put_device_property",
            "tango",
        ),
        (
            "import pvaccess\npvaccess.RpcClient('SVC').invoke({'apply': True})",
            "pvaccess.RpcClient.invoke",
            "pvaccess",
        ),
        (
            "from caproto.threading.client import Batch\nwith Batch() as b:\n    b.write('X', 1.0)",
            "caproto.threading.client.Batch.write",
            "caproto.threading.client",
        ),
        (
            "from softioc import softioc\nsoftioc.iocInit()",
            "softioc.softioc.iocInit",
            "softioc.softioc",
        ),
    ];
    for (write, want, module) in cases {
        let code = format!("{prelude}{write}\nresults = {{}}\n");
        let failure = run_in_mode(&mut guarded, ExecutionMode::ReadOnly, &code)
            .await
            .expect_err(want);
        assert_eq!(refused_entry(&failure), want);
        // With write access the same code reaches the library.
        let code = format!(
            "{prelude}{write}\nimport {module} as m\nresults = {{'writes': len(m.WRITES)}}\n"
        );
        let results = run_in_mode(&mut guarded, ExecutionMode::WriteAccess, &code)
            .await
            .unwrap_or_else(|f| panic!("{want} with write access: {f:#?}"));
        assert_eq!(results["writes"], 1, "{want}");
    }
    // Round 15: emptying the guard's table before importing a library no longer leaves it
    // unguarded (the table is read-only and the finder keeps its own reference).
    let code = format!(
        "{prelude}import pyexec_guard\ntry:\n    pyexec_guard.GUARDED.clear()\nexcept AttributeError:\n    pass\n\
         import tango\ntango.DeviceProxy('a/b/c').write_attribute('V', 1.0)\nresults = {{}}\n"
    );
    let failure = run_in_mode(&mut guarded, ExecutionMode::ReadOnly, &code)
        .await
        .expect_err("the guard's table cannot be emptied");
    assert_eq!(refused_entry(&failure), "tango.DeviceProxy.write_attribute");
    // Reads through the same libraries are untouched in read-only runs.
    let code = format!(
        "{prelude}from p4p.client.thread import Context\nimport tango\nresults = {{'a': Context().get('X'), 'b': tango.DeviceProxy('a/b/c').read_attribute('V')}}\n"
    );
    let results = run_in_mode(&mut guarded, ExecutionMode::ReadOnly, &code)
        .await
        .expect("reads pass");
    assert_eq!(results["a"], 1.0);
}

/// The limits of the snapshot cases: RANGE, STEP and RO of [`LIMITS`], and BIG, whose
/// `max_value` is 2**53: above it, not every integer is a float.
const EXACT_LIMITS: &str = r#"{
  "RANGE": {"min_value": 0, "max_value": 100},
  "STEP": {"min_value": 0, "max_value": 100, "max_step": 10},
  "RO": {"writable": false},
  "BIG": {"max_value": 9007199254740992}
}"#;

/// A write case: what it tries, its code, the violation type it ends with (`None`: it
/// passes), and channels with their values afterwards.
type WriteCase<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    &'a [(&'a str, serde_json::Value)],
);

/// Runs `code` (write_access) and checks how it ended (`violation`: the violation type, or
/// `None` for success) and what the store holds afterwards.
async fn expect_write(
    guarded: &mut Guarded,
    route: &str,
    code: &str,
    violation: Option<&str>,
    store: &[(&str, serde_json::Value)],
) {
    let outcome = guarded.run(code).await;
    match (violation, outcome) {
        (None, Ok(())) => {}
        (None, Err(failure)) => panic!("{route}: {failure:#?}"),
        (Some(kind), Ok(())) => panic!("{route}: passed, expected {kind}"),
        (Some(kind), Err(failure)) => assert_eq!(violation_type(&failure), kind, "{route}"),
    }
    for (channel, value) in store {
        assert_eq!(guarded.stored(channel), *value, "{route}: {channel}");
    }
}

#[tokio::test]
async fn a_write_checks_and_stores_one_snapshot_of_its_names_and_values() {
    // Red team: `_check` converted with `float(value)` / `str(name)` and then stored
    // the raw objects, calling `items()` and `str()` again: a value, a name or a mapping that
    // answers differently the second time wrote what was never checked.
    use serde_json::{Value, json};
    let mut guarded = Guarded::new(EXACT_LIMITS);
    let cases: &[WriteCase] = &[
        (
            "an int subclass whose __float__ says 55",
            "import pyexec_runtime\nclass Amps(int):\n    def __float__(self):\n        return 55.0\n\
             pyexec_runtime.write_channel('RANGE', Amps(1000000))",
            Some("MaxExceeded"),
            &[("RANGE", Value::Null)],
        ),
        (
            "a float subclass whose __float__ says 55",
            "import pyexec_runtime\nclass Volts(float):\n    def __float__(self):\n        return 55.0\n\
             pyexec_runtime.write_channel('RANGE', Volts(1e6))",
            Some("MaxExceeded"),
            &[("RANGE", Value::Null)],
        ),
        (
            "a NaN float subclass whose __float__ says 55",
            "import pyexec_runtime\nclass Volts(float):\n    def __float__(self):\n        return 55.0\n\
             pyexec_runtime.write_channel('RANGE', Volts('nan'))",
            Some("NonFiniteValue"),
            &[("RANGE", Value::Null)],
        ),
        (
            "an object whose __float__ says 55 once and NaN after",
            "import pyexec_runtime\nclass Flaky:\n    calls = 0\n    def __float__(self):\n        Flaky.calls += 1\n        return 55.0 if Flaky.calls == 1 else float('nan')\n\
             pyexec_runtime.write_channel('RANGE', Flaky())",
            None,
            &[("RANGE", json!(55.0))],
        ),
        (
            "a str subclass naming RANGE once and RO after",
            "import pyexec_runtime\nclass Name(str):\n    calls = 0\n    def __str__(self):\n        Name.calls += 1\n        return 'RANGE' if Name.calls == 1 else 'RO'\n\
             pyexec_runtime.write_channel(Name('x'), 7)",
            None,
            &[("RANGE", json!(7)), ("RO", Value::Null)],
        ),
        (
            "a dict subclass whose items() shows 55 once",
            "import pyexec_runtime\nclass Sly(dict):\n    calls = 0\n    def items(self):\n        Sly.calls += 1\n        return [('RANGE', 55)] if Sly.calls == 1 else dict.items(self)\n\
             pyexec_runtime.write_channels(Sly(RANGE=1000))",
            Some("MaxExceeded"),
            &[("RANGE", Value::Null)],
        ),
        (
            "a mapping whose items() shows 55 once and 1000 after",
            "import pyexec_runtime\nclass Pairs:\n    calls = 0\n    def items(self):\n        Pairs.calls += 1\n        return [('RANGE', 55 if Pairs.calls == 1 else 1000)]\n\
             pyexec_runtime.write_channels(Pairs())",
            None,
            &[("RANGE", json!(55))],
        ),
        (
            "2**53 + 1 against max_value 2**53 (ints compare exactly)",
            "import pyexec_runtime\npyexec_runtime.write_channel('BIG', 2**53 + 1)",
            Some("MaxExceeded"),
            &[("BIG", Value::Null)],
        ),
        (
            "2**53 against max_value 2**53, stored exactly",
            "import pyexec_runtime\npyexec_runtime.write_channel('BIG', 2**53)",
            None,
            &[("BIG", json!(9_007_199_254_740_992_u64))],
        ),
        (
            "an int beyond the float range",
            "import pyexec_runtime\npyexec_runtime.write_channel('RANGE', 10**400)",
            Some("NonFiniteValue"),
            &[("RANGE", Value::Null)],
        ),
        (
            "a string, checked and stored as its float",
            "import epics\nepics.caput('RANGE', '55')",
            None,
            &[("RANGE", json!(55.0))],
        ),
        (
            "a string above max_value",
            "import epics\nepics.caput('RANGE', '150')",
            Some("MaxExceeded"),
            &[("RANGE", Value::Null)],
        ),
        (
            "a string within max_step, stored as its float",
            "import epics\nepics.PV('STEP').put('55')",
            None,
            &[("STEP", json!(55.0))],
        ),
    ];
    for (route, code, violation, store) in cases {
        expect_write(&mut guarded, route, code, *violation, store).await;
    }
    // A list cannot be checked against a single number's limits: refused, and the reason
    // says so (it was "[1, 2] is not a finite number").
    let failure = guarded
        .run("import epics\nepics.caput('RANGE', [1, 2])")
        .await
        .expect_err("a list to a limited channel");
    assert_eq!(violation_type(&failure), "NonFiniteValue");
    let reason = &failure.limits_violations[0].reason;
    assert!(
        reason.contains("RANGE: a list of 2 values cannot be checked against the channel's limits"),
        "{reason}"
    );
    assert_eq!(guarded.stored("RANGE"), Value::Null);

    // Unlisted channels a database allows still take finite numbers only.
    let mut permissive = Guarded::new(r#"{"allow_unlisted_channels": true}"#);
    for (route, code, violation, store) in [
        (
            "an int beyond the float range to an allowed unlisted channel",
            "import pyexec_runtime\npyexec_runtime.write_channel('ANY', 10**400)",
            Some("NonFiniteValue"),
            &[("ANY", Value::Null)][..],
        ),
        (
            "an int subclass to an allowed unlisted channel, stored as an int",
            "import pyexec_runtime\nclass Amps(int):\n    def __float__(self):\n        return 55.0\n\
             pyexec_runtime.write_channel('ANY', Amps(1000000))",
            None,
            &[("ANY", json!(1_000_000))][..],
        ),
    ] {
        expect_write(&mut permissive, route, code, violation, store).await;
    }
}

#[tokio::test]
async fn without_a_limits_database_values_are_stored_as_plain_values() {
    // The same snapshot without limits: what is stored is the plain value, converted once.
    use serde_json::{Value, json};
    let mut guarded = Guarded::with_limits(None);
    let code = "import decimal\nimport pyexec_runtime as rt\n\
                class Amps(int):\n    def __float__(self):\n        return 55.0\n\
                class Name(str):\n    def __str__(self):\n        return 'NAMED'\n\
                rt.write_channels({'INT': Amps(1000000), 'TEXT': '5', 'LIST': [1, 2.5, 'x', True],\n\
                \x20                 'TUPLE': (Amps(3),), 'DEC': decimal.Decimal('2.5'), Name('n'): 1})";
    guarded.run(code).await.expect("plain values pass");
    for (channel, value) in [
        ("INT", json!(1_000_000)),
        ("TEXT", json!("5")),
        ("LIST", json!([1, 2.5, "x", true])),
        ("TUPLE", json!([3])),
        ("DEC", json!(2.5)),
        ("NAMED", json!(1)),
    ] {
        assert_eq!(guarded.stored(channel), value, "{channel}");
    }
    // The store is strict JSON: NaN is refused before anything is written.
    let failure = guarded
        .run(
            "import pyexec_runtime
pyexec_runtime.write_channel('X', float('nan'))",
        )
        .await
        .expect_err("NaN");
    assert!(
        failure.message.contains("strict JSON"),
        "{}",
        failure.message
    );
    assert_eq!(guarded.stored("X"), Value::Null);
}

/// Stand-ins with numpy's conversions (`numpy.float32`, `numpy.int64`, `numpy.ndarray`), so
/// that the numpy cases run whether or not the interpreter has numpy.
const NUMPY_STAND_INS: &str = "class Float32:\n    def __init__(self, v):\n        self.v = v\n    def __float__(self):\n        return float(self.v)\n    def item(self):\n        return float(self.v)\n\
class Int64:\n    def __init__(self, v):\n        self.v = v\n    def __index__(self):\n        return int(self.v)\n    def __int__(self):\n        return int(self.v)\n    def __float__(self):\n        return float(self.v)\n    def item(self):\n        return int(self.v)\n\
class Array:\n    def __init__(self, items):\n        self.items = list(items)\n    def __len__(self):\n        return len(self.items)\n    def tolist(self):\n        return list(self.items)\n";

#[tokio::test]
async fn numpy_scalars_and_arrays_are_written_as_plain_values() {
    // Red team: `caput("A", np.float32(52.5))` passed the limits and then failed with
    // "Object of type float32 is not JSON serializable" (after logging the write).
    use serde_json::{Value, json};
    let numpy = common::python_has("numpy");
    if !numpy {
        eprintln!("numpy is not installed: only the stand-ins run");
    }
    let flavours = [
        ("stand-ins", NUMPY_STAND_INS.to_owned()),
        (
            "numpy",
            "import numpy as np\nFloat32, Int64, Array = np.float32, np.int64, np.array\n"
                .to_owned(),
        ),
    ];
    for (flavour, prelude) in flavours.iter().filter(|(f, _)| numpy || *f != "numpy") {
        let mut limited = Guarded::new(LIMITS);
        let cases: &[WriteCase] = &[
            (
                "caput of a float32",
                "import epics\nepics.caput('RANGE', Float32(52.5))",
                None,
                &[("RANGE", json!(52.5))],
            ),
            (
                "write_channels with an int64",
                "import pyexec_runtime\npyexec_runtime.write_channels({'RANGE': 52.0, 'STEP': Int64(57)})",
                None,
                &[("RANGE", json!(52.0)), ("STEP", json!(57))],
            ),
            (
                "an int64 above max_value",
                "import epics\nepics.PV('RANGE').value = Int64(150)",
                Some("MaxExceeded"),
                &[("RANGE", Value::Null)],
            ),
            (
                "a float32 NaN",
                "import epics\nepics.caput('RANGE', Float32('nan'))",
                Some("NonFiniteValue"),
                &[("RANGE", Value::Null)],
            ),
            (
                "an array to a limited channel",
                "import epics\nepics.caput('RANGE', Array([1.5, 2.0]))",
                Some("NonFiniteValue"),
                &[("RANGE", Value::Null)],
            ),
        ];
        for (route, code, violation, store) in cases {
            let route = format!("{flavour}: {route}");
            let code = format!("{prelude}{code}");
            expect_write(&mut limited, &route, &code, *violation, store).await;
        }
        let mut unlimited = Guarded::with_limits(None);
        let code = format!(
            "{prelude}import epics\nepics.caput('A', Float32(52.5))\n\
             epics.caput_many(['B', 'WAVE'], [Int64(7), Array([1.5, 2.0])])"
        );
        unlimited.run(&code).await.expect(flavour);
        assert_eq!(unlimited.stored("A"), json!(52.5), "{flavour}");
        assert_eq!(unlimited.stored("B"), json!(7), "{flavour}");
        assert_eq!(unlimited.stored("WAVE"), json!([1.5, 2.0]), "{flavour}");
    }
}

#[tokio::test]
async fn the_write_log_is_written_only_once_the_store_is_saved() {
    // Red team: `channel_writes.jsonl` was appended before the store was saved, so a
    // failed save left a logged write that never happened. Here the save fails because the
    // store's temporary file is a folder.
    let mut guarded = Guarded::new(LIMITS);
    let code = "import os\nfrom pyexec_runtime import write_channel\n\
                store = os.environ['PYEXEC_CHANNEL_STORE']\n\
                blocker = '%s.%d.tmp' % (store, os.getpid())\n\
                os.mkdir(blocker)\n\
                try:\n    write_channel('RANGE', 7)\n    saved = True\nexcept OSError:\n    saved = False\n\
                os.rmdir(blocker)\n\
                results = {'saved': saved, 'logged': os.path.exists('channel_writes.jsonl')}\n";
    let results = run_in_mode(&mut guarded, ExecutionMode::WriteAccess, code)
        .await
        .expect("the code catches the failed save");
    assert_eq!(results["saved"], false, "the save must fail for this test");
    assert_eq!(
        results["logged"], false,
        "a write that did not happen is not logged"
    );
    assert_eq!(guarded.stored("RANGE"), serde_json::Value::Null);

    // A write that happens is logged, once, after the store holds it.
    let code = "import json\nfrom pyexec_runtime import write_channel\nwrite_channel('RANGE', 7)\n\
                with open('channel_writes.jsonl') as log:\n    lines = [json.loads(l) for l in log]\n\
                results = {'lines': [[l['channel'], l['value'], l['previous']] for l in lines]}\n";
    let results = run_in_mode(&mut guarded, ExecutionMode::WriteAccess, code)
        .await
        .expect("write");
    assert_eq!(results["lines"], serde_json::json!([["RANGE", 7, null]]));
    assert_eq!(guarded.stored("RANGE"), 7);
}

#[tokio::test]
async fn code_cannot_swap_the_json_or_file_functions_the_runtime_uses() {
    // Red team: the limits were parsed at the first write with `json.loads`, the store
    // read with `json.load` and written with `json.dump`, and files opened through the builtin
    // `open`: all looked up when used, so the code could replace them first.
    use serde_json::{Value, json};
    let mut guarded = Guarded::new(LIMITS);
    let cases: &[WriteCase] = &[
        (
            "json.loads replaced",
            "import json\n\
             json.loads = lambda *a, **k: {'available': True, 'allow_unlisted_channels': True, 'channels': {}}\n\
             import pyexec_runtime\npyexec_runtime.write_channel('RANGE', 150)",
            Some("MaxExceeded"),
            &[("RANGE", Value::Null)],
        ),
        (
            "json's default decoder replaced by one that empties the limits",
            "import json\nclass Empty(json.JSONDecoder):\n    def decode(self, s, *args, **kwargs):\n\
             \x20       value = super().decode(s, *args, **kwargs)\n\
             \x20       if isinstance(value, dict) and 'channels' in value:\n\
             \x20           value['channels'] = {}\n\
             \x20           value['allow_unlisted_channels'] = True\n\
             \x20       return value\n\
             json._default_decoder = Empty()\n\
             import pyexec_runtime\npyexec_runtime.write_channel('RANGE', 150)",
            Some("MaxExceeded"),
            &[("RANGE", Value::Null)],
        ),
        (
            "json's default encoder replaced by one that saves RANGE=1000",
            "import json\nclass Swap(json.JSONEncoder):\n    def iterencode(self, o, _one_shot=False):\n\
             \x20       if isinstance(o, dict) and 'RANGE' in o:\n            o = dict(o, RANGE=1000)\n\
             \x20       return super().iterencode(o, _one_shot)\n\
             json._default_encoder = Swap()\n\
             import pyexec_runtime\npyexec_runtime.write_channel('RANGE', 50)",
            None,
            &[("RANGE", json!(50))],
        ),
        (
            "builtins.open replaced by one that shows STEP at 90",
            "import builtins, io, os\nreal_open = builtins.open\nstore = os.environ['PYEXEC_CHANNEL_STORE']\n\
             def lying_open(file, mode='r', *args, **kwargs):\n\
             \x20   if file == store and mode == 'r':\n        return io.StringIO('{\"STEP\": 90}')\n\
             \x20   return real_open(file, mode, *args, **kwargs)\n\
             builtins.open = lying_open\n\
             import pyexec_runtime\npyexec_runtime.write_channel('STEP', 95)",
            Some("MaxStepExceeded"),
            &[("STEP", json!(50))],
        ),
        (
            "os.replace replaced by a no-op",
            "import os\nreal_replace = os.replace\nos.replace = lambda src, dst: None\n\
             import pyexec_runtime\npyexec_runtime.write_channel('RANGE', 50)\n\
             os.replace = real_replace  # the wrapper needs it to report",
            None,
            &[("RANGE", json!(50))],
        ),
    ];
    for (route, code, violation, store) in cases {
        expect_write(&mut guarded, route, code, *violation, store).await;
    }
}

#[tokio::test]
async fn assigning_the_runtimes_module_attributes_lifts_neither_the_limits_nor_the_mode() {
    // Red team: the mode, the limits and the violations file were module globals the
    // write functions read at call time, so assigning them (also through the mock's
    // `epics._runtime`) turned the guard off. Each assignment is tried and may be refused.
    let mut guarded = Guarded::new(LIMITS);
    let tamper = |statement: &str| {
        format!("try:\n    {statement}\nexcept (AttributeError, TypeError):\n    pass\n")
    };
    for (route, statement, write) in [
        (
            "_LIMITS_SOURCE cleared",
            "pyexec_runtime._LIMITS_SOURCE = (None, None)",
            "pyexec_runtime.write_channel('RANGE', 150)",
        ),
        (
            "_LIMITS filled with None",
            "pyexec_runtime._LIMITS.append(None)",
            "pyexec_runtime.write_channel('RANGE', 150)",
        ),
        (
            "_check replaced",
            "pyexec_runtime._check = lambda *args: None",
            "pyexec_runtime.write_channel('RANGE', 150)",
        ),
        (
            "_VIOLATIONS_FILE cleared, the violation caught",
            "pyexec_runtime._VIOLATIONS_FILE = None",
            "try:\n    pyexec_runtime.write_channel('RANGE', 150)\nexcept PermissionError:\n    pass",
        ),
        (
            "epics._runtime._LIMITS filled with None",
            "epics._runtime._LIMITS.append(None)",
            "epics.caput('RANGE', 150)",
        ),
        (
            "epics._runtime._LIMITS_SOURCE cleared",
            "epics._runtime._LIMITS_SOURCE = (None, None)",
            "epics.caput('RANGE', 150)",
        ),
        (
            "the store saved directly",
            "store = pyexec_runtime._load(); store['RANGE'] = 150",
            "pyexec_runtime._save(store)",
        ),
    ] {
        let code = format!(
            "import epics\nimport pyexec_runtime\n{}{write}",
            tamper(statement)
        );
        let failure = guarded.run(&code).await.expect_err(route);
        assert_eq!(violation_type(&failure), "MaxExceeded", "{route}");
        assert_eq!(guarded.stored("RANGE"), serde_json::Value::Null, "{route}");
    }

    // Read-only runs stay read-only.
    let mut guarded = Guarded::new(r#"{"allow_unlisted_channels": true}"#);
    for (route, statement) in [
        ("_MODE set", "pyexec_runtime._MODE = 'write_access'"),
        (
            "_mode replaced",
            "pyexec_runtime._mode = lambda: 'write_access'",
        ),
        (
            "_REFUSALS_FILE cleared",
            "pyexec_runtime._REFUSALS_FILE = None",
        ),
        (
            "epics._runtime._MODE set",
            "epics._runtime._MODE = 'write_access'",
        ),
    ] {
        let code = format!(
            "import epics\nimport pyexec_runtime\n{}\
             try:\n    epics._runtime.write_channel('RANGE', 7)\nexcept PermissionError:\n    pass\n\
             results = {{}}\n",
            tamper(statement)
        );
        let failure = run_in_mode(&mut guarded, ExecutionMode::ReadOnly, &code)
            .await
            .expect_err(route);
        assert_eq!(
            refused_entry(&failure),
            "pyexec_runtime.write_channels",
            "{route}"
        );
        assert_eq!(guarded.stored("RANGE"), serde_json::Value::Null, "{route}");
    }
}
