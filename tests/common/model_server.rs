//! A scripted HTTP server on loopback that stands in for a model endpoint: it answers each
//! POST with the next scripted response (status, extra headers, body) and records every
//! request (path, headers, JSON body), so tests can check what a generator sent.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

/// One scripted answer.
#[derive(Debug, Clone)]
pub struct Scripted {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

impl Scripted {
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: body.to_string(),
        }
    }
}

/// A request the server received.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub headers: HeaderMap,
    pub body: serde_json::Value,
}

#[derive(Default)]
struct Shared {
    script: Mutex<VecDeque<Scripted>>,
    received: Mutex<Vec<Received>>,
}

/// The running server; stops when dropped.
pub struct ModelServer {
    pub base_url: String,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl ModelServer {
    /// Starts a server that answers with `script`, in order (418 once it runs out: a 4xx no
    /// generator retries, so a test that calls too often fails clearly).
    pub async fn start(script: Vec<Scripted>) -> Self {
        let shared = Arc::new(Shared {
            script: Mutex::new(script.into()),
            received: Mutex::default(),
        });
        let app = axum::Router::new()
            .fallback(answer)
            .with_state(Arc::clone(&shared));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self {
            base_url: format!("http://{address}"),
            shared,
            task,
        }
    }

    /// Every request so far.
    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().expect("lock").clone()
    }

    /// Scripted answers not yet given.
    pub fn remaining(&self) -> usize {
        self.shared.script.lock().expect("lock").len()
    }
}

impl Drop for ModelServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn answer(
    State(shared): State<Arc<Shared>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body = serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null);
    shared.received.lock().expect("lock").push(Received {
        path: uri.path().to_owned(),
        headers,
        body,
    });
    let next = shared.script.lock().expect("lock").pop_front();
    let Some(next) = next else {
        return (StatusCode::IM_A_TEAPOT, "the script is exhausted").into_response();
    };
    let mut response = (
        StatusCode::from_u16(next.status).expect("status"),
        next.body,
    )
        .into_response();
    response.headers_mut().insert(
        "content-type",
        "application/json".parse().expect("header value"),
    );
    for (name, value) in next.headers {
        response
            .headers_mut()
            .insert(name, value.parse().expect("header value"));
    }
    response
}
