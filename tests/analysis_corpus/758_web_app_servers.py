# expect: writes=no reads=no risk=medium approval=yes
# why: uvicorn.run(app) (FastAPI), prometheus_client.start_http_server and panel.serve are HTTP servers like Flask's app.run and Dash: network findings (round 18; they were low, and FastAPI's @app.get route was taken for a control-system read by the fallback patterns)
from fastapi import FastAPI
import uvicorn
from prometheus_client import start_http_server, Gauge
import panel as pn

app = FastAPI()

@app.get("/orbit")
def orbit():
    return {"rms": 0.1}

g = Gauge("beam_current_ma", "Beam current")
start_http_server(9100)
g.set(199.8)
pn.serve(pn.Column("# Orbit"), port=5006, show=False)
uvicorn.run(app, host="0.0.0.0", port=8080)
results = {}
