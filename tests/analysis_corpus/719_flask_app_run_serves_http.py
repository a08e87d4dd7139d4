# expect: writes=no reads=no risk=medium approval=yes
# why: Flask's app.run(host, port) (and Dash's run_server) binds a listening HTTP server, like http.server and wsgiref: now a network finding (round 17)
from flask import Flask, jsonify

app = Flask(__name__)

@app.route("/status")
def status():
    return jsonify({"ok": True})

app.run(host="0.0.0.0", port=8050)
results = {}
