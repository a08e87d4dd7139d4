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
        let dir = tempfile::tempdir().expect("tempdir");
        let db = LimitsDatabase::from_json_str(limits, "test").expect("limits");
        let settings = LocalSettings {
            limits: Some(Arc::new(db)),
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
