# expect: writes=no reads=no risk=medium approval=yes
# why: werkzeug.serving.run_simple serves a Flask app on a port, like app.run() which is reported (waitress.serve likewise) (round 19)
from flask import Flask
from werkzeug.serving import run_simple

app = Flask(__name__)


@app.route("/")
def status():
    return {"orbit": "ok"}


run_simple("0.0.0.0", 5000, app)
results = {"ok": True}
