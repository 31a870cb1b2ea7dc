"""One logged-in HTTP client for the load scripts: a keep-alive connection, the session
cookie kept from the answers, JSON in and out. Standard library only."""
import http.client
import json
import urllib.parse

COOKIE = "fodfaeste_session="


class Client:
    def __init__(self, base, timeout=30, origin=False):
        self.host = urllib.parse.urlparse(base)
        self.timeout = timeout
        # Browsers send Origin on every write; the server refuses a foreign one.
        self.origin = base if origin else None
        self.conn = None
        self.cookie = None

    def send(self, method, path, body=None):
        """(status, JSON or None). Raises OSError or HTTPException when no answer came; the
        next send opens a new connection."""
        headers = {"accept": "application/json"}
        if self.origin:
            headers["origin"] = self.origin
        if body is not None:
            headers["content-type"] = "application/json"
        if self.cookie:
            headers["cookie"] = self.cookie
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host.hostname, self.host.port, timeout=self.timeout)
            self.conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
            res = self.conn.getresponse()
            data = res.read()
        except (OSError, http.client.HTTPException):
            self.conn = None
            raise
        for k, v in res.getheaders():
            if k.lower() == "set-cookie" and v.startswith(COOKIE):
                self.cookie = v.split(";", 1)[0]
        try:
            return res.status, (json.loads(data) if data else None)
        except ValueError:
            return res.status, None
