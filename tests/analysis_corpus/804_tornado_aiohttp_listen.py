# expect: writes=no reads=no risk=medium approval=yes
# why: a tornado Application.listen (aiohttp's web.run_app likewise) serves HTTP on a port, as Flask's run (reported) does (round 19)
import tornado.ioloop
import tornado.web


class Status(tornado.web.RequestHandler):
    def get(self):
        self.write({"orbit": "ok"})


app = tornado.web.Application([(r"/", Status)])
app.listen(8888)
tornado.ioloop.IOLoop.current().start()
results = {"ok": True}
