"""Drive a Dash app's background callbacks over HTTP exactly as dash-renderer 4.4.1 does.

What the renderer does (dash-renderer/build/dash_renderer.dev.js, `handleServerside`):
- every POST to `_dash-update-component` carries `?endId=<config.end_id>`, the signed page-load
  token from the `_dash-config` script of the index page;
- the first POST of a background callback sends the callback's body (output, outputs, inputs,
  changedPropIds, parsedChangedPropsIds, state) and gets back `{cacheKey, job, cancel,
  progressDefault}`: handles signed by the server and bound to this page load;
- then it polls every `interval` ms: the same body with every input and state value set to null,
  and `&cacheKey=...&job=...` added. A 200 without "response" (maybe with "progress") means still
  running; a 200 with "response" is the result; a 204 ends the job without an update (cancelled
  or lost); anything else is an error and the renderer stops polling;
- a click on a cancel input fires Dash's cancel callback with `&cancelJob=<job>` for each running
  job that lists that input.
"""

import copy
import html
import json
import re
import time

CONFIG_SCRIPT = re.compile(
    r'<script id="_dash-config" type="application/json">(.*?)</script>', re.S
)


class CallbackError(AssertionError):
    """The server answered a callback request with an error status."""


class Page:
    """One page load of the app (its own end_id), as one browser tab."""

    def __init__(self, base_url, timeout=10):
        import requests

        self.base_url = base_url
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers.update({"Accept": "application/json"})
        index = self.http.get(base_url, timeout=timeout)
        index.raise_for_status()
        self.config = json.loads(html.unescape(CONFIG_SCRIPT.search(index.text).group(1)))
        self.end_id = self.config["end_id"]
        dependencies = self.http.get(base_url + "_dash-dependencies", timeout=timeout)
        dependencies.raise_for_status()
        self.callbacks = {spec["output"]: spec for spec in dependencies.json()}

    def close(self):
        self.http.close()

    def body(self, output, inputs, state=None):
        """The request body for the callback writing `output`, given input and state values.

        inputs and state map "id.property" to the value; every input counts as changed.
        """
        spec = self.callbacks[output]

        def fill(deps, values):
            return [
                {
                    "id": d["id"],
                    "property": d["property"],
                    "value": values[f"{d['id']}.{d['property']}"],
                }
                for d in deps
            ]

        changed = list(inputs)
        body = {
            "output": output,
            "outputs": outputs_of(output),
            "inputs": fill(spec["inputs"], inputs),
            "changedPropIds": changed,
            "parsedChangedPropsIds": changed,
        }
        if spec["state"]:
            body["state"] = fill(spec["state"], state or {})
        return body

    def post(self, body, args=()):
        """POST to _dash-update-component; returns (status, JSON or None)."""
        query = [("endId", self.end_id), *args]
        url = self.base_url + "_dash-update-component?" + "&".join(f"{k}={v}" for k, v in query)
        response = self.http.post(url, json=body, timeout=self.timeout)
        if response.status_code == 204:
            return 204, None
        if response.status_code != 200:
            raise CallbackError(f"HTTP {response.status_code}: {response.text[:500]}")
        return 200, response.json()

    def start_job(self, output, inputs, state=None):
        """The first request of a background callback; returns a Job to poll."""
        body = self.body(output, inputs, state)
        status, data = self.post(body)
        assert status == 200, status
        interval = self.callbacks[output]["background"]["interval"] / 1000
        job = Job(self, body, data, interval)
        if "response" in data:  # no job was started: an on_error handler answered at once
            job.status, job.response = 200, data["response"]
        else:
            assert job.job and job.cache_key, data
        return job


class Job:
    """One background callback run, seen from the page that started it."""

    def __init__(self, page, body, handles, interval):
        self.page = page
        self.job = handles.get("job")
        self.cache_key = handles.get("cacheKey")
        self.cancel_inputs = handles.get("cancel") or []
        self.interval = interval
        self.polls = 0
        self.progress = []  # each progress update the server sent, in order
        self.status = None  # 200 (a result), 204 (ended without one) once finished
        self.response = None
        # Polls send the body with inputs and state nulled, as the renderer does.
        self.poll_body = copy.deepcopy(body)
        for dep in self.poll_body["inputs"] + self.poll_body.get("state", []):
            dep["value"] = None

    @property
    def task_id(self):
        """The Celery task id inside the signed job handle (value~signature)."""
        return self.job and self.job.rpartition("~")[0]

    def poll_once(self):
        """One poll; returns True once the job is over (result or 204)."""
        self.polls += 1
        status, data = self.page.post(
            self.poll_body, [("cacheKey", self.cache_key), ("job", self.job)]
        )
        if status == 204:
            self.status = 204
            return True
        if "progress" in data:
            self.progress.append(data["progress"])
        if "response" in data:
            self.status, self.response = 200, data["response"]
            return True
        return False

    def wait(self, timeout):
        """Poll at the callback's interval until the job is over; fail after timeout s."""
        deadline = time.monotonic() + timeout
        while not self.poll_once():
            if time.monotonic() > deadline:
                raise AssertionError(f"job {self.task_id} still running after {timeout} s")
            time.sleep(self.interval)
        return self

    def cancel(self, cancel_input, n_clicks=1):
        """Click a cancel input: Dash's cancel callback with `cancelJob` for this job."""
        dep = f"{cancel_input['id']}.{cancel_input['property']}"
        output = f"{cancel_input['id']}.id"  # Dash's own cancel callback writes the input's id
        body = self.page.body(output, {dep: n_clicks})
        return self.page.post(body, [("cancelJob", self.job)])


def outputs_of(output):
    """The renderer's `outputs`: one {id, property}, or a list of them for "..a.b...c.d.."."""

    def split(name):
        component_id, prop = name.rsplit(".", 1)
        return {"id": component_id, "property": prop}

    if output.startswith(".."):
        return [split(name) for name in output[2:-2].split("...")]
    return split(output)


def find_by_id(component, wanted):
    """The props of the component with id `wanted` inside a serialised Dash component tree."""
    if isinstance(component, list):
        for child in component:
            found = find_by_id(child, wanted)
            if found is not None:
                return found
    elif isinstance(component, dict) and "props" in component:
        props = component["props"]
        if props.get("id") == wanted:
            return props
        return find_by_id(props.get("children"), wanted)
    return None
