"""Prepare a development Home Assistant: onboarding, then the integration.

Used by scripts/develop (and so by scripts/e2e). It talks to Home Assistant only through
its HTTP API, as the frontend would:

1. waits for Home Assistant to answer;
2. on a fresh instance creates the development user (dev / dev), describes the home as
   onboarding's "core config" step would (Sangatta: location, country, time zone,
   currency, metric units) and finishes onboarding; on an onboarded one logs that user in;
3. runs the config flow (the demo portal given by --portal, else the real Kutim portal)
   and keeps every camera; a portal that is already set up is left as it is;
4. writes the tokens to artifacts/ha_tokens.json (the frontend's `hassTokens` format).

Exits 0 when the integration is set up, 1 with a message saying why not.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from pathlib import Path
import sys
import time
from typing import Any
import urllib.error
import urllib.parse
import urllib.request

import aiohttp

USERNAME = "dev"
PASSWORD = "dev"  # a documented local development account
DOMAIN = "kutim_cctv"
TRANSLATIONS = Path(__file__).resolve().parent.parent / (
    "custom_components/kutim_cctv/translations/en.json"
)
REQUEST_TIMEOUT = 60.0
# Onboarding's core_config step also sets up these integrations. A development instance
# does not need them, and some reach the internet (radio directory, text-to-speech).
ONBOARDING_EXTRAS = frozenset({"google_translate", "met", "radio_browser", "shopping_list"})


# What the frontend's onboarding asks for the home (its "core config" step): here the
# demo cameras' town, so that maps open there and no repair asks for a country.
HOME = {
    "location_name": "Sangatta",
    "latitude": 0.5097,
    "longitude": 117.5427,
    "elevation": 15,
    "country": "ID",
    "currency": "IDR",
    "time_zone": "Asia/Makassar",
    "unit_system": "metric",
}


class BootstrapError(Exception):
    """A step failed; the message says which and why."""


class Api:
    """A tiny JSON client for Home Assistant's HTTP API."""

    def __init__(self, base: str) -> None:
        """Talk to the Home Assistant at base, not logged in yet."""
        self.base = base.rstrip("/")
        self.client_id = f"{self.base}/"
        self.token: str | None = None

    def call(
        self, method: str, path: str, body: dict[str, Any] | None = None, *, form: bool = False
    ) -> Any:
        """Send a request and return the decoded JSON answer."""
        headers = {}
        data = None
        if body is not None:
            if form:
                data = urllib.parse.urlencode(body).encode()
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            else:
                data = json.dumps(body).encode()
                headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.base + path, data, headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
                text = response.read().decode()
        except urllib.error.HTTPError as err:
            detail = err.read().decode(errors="replace")[:300]
            raise BootstrapError(f"{method} {path} answered HTTP {err.code}: {detail}") from err
        except (urllib.error.URLError, OSError) as err:
            raise BootstrapError(f"{method} {path} failed: {err}") from err
        return json.loads(text) if text else None

    def onboarding_steps(self, seconds: float) -> dict[str, bool]:
        """Wait for the HTTP server; return the onboarding steps ({} once onboarded)."""
        deadline = time.monotonic() + seconds
        request = urllib.request.Request(self.base + "/api/onboarding")
        while True:
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    return {step["step"]: step["done"] for step in json.load(response)}
            except urllib.error.HTTPError as err:
                # Home Assistant drops the onboarding views once every step is done.
                if err.code == 404:
                    return {}
                reason = f"HTTP {err.code}"
            except (urllib.error.URLError, OSError, ValueError) as err:
                reason = str(getattr(err, "reason", err))
            if time.monotonic() > deadline:
                raise BootstrapError(
                    f"Home Assistant did not answer at {self.base} within {seconds:g} s "
                    f"(last error: {reason})"
                )
            time.sleep(0.5)

    def exchange(self, code: str) -> dict[str, Any]:
        """Trade an authorization code for tokens."""
        tokens: dict[str, Any] = self.call(
            "POST",
            "/auth/token",
            {"grant_type": "authorization_code", "code": code, "client_id": self.client_id},
            form=True,
        )
        self.token = tokens["access_token"]
        return tokens


def login(api: Api) -> dict[str, Any]:
    """Log the development user in through the login flow."""
    flow = api.call(
        "POST",
        "/auth/login_flow",
        {
            "client_id": api.client_id,
            "handler": ["homeassistant", None],
            "redirect_uri": api.client_id,
        },
    )
    result = api.call(
        "POST",
        f"/auth/login_flow/{flow['flow_id']}",
        {"client_id": api.client_id, "username": USERNAME, "password": PASSWORD},
    )
    if result.get("type") != "create_entry":
        raise BootstrapError(
            f"this instance has no user {USERNAME!r} with password {PASSWORD!r}: it was "
            "onboarded by hand; log in with your own user and add the integration in the UI"
        )
    return api.exchange(result["result"])


def onboard_or_login(api: Api, steps: dict[str, bool]) -> tuple[dict[str, Any], bool]:
    """Create the development user on a fresh instance, or log it in.

    Returns the tokens and whether this call finished onboarding.
    """
    if steps.get("user", True):
        tokens = login(api)
    else:
        result = api.call(
            "POST",
            "/api/onboarding/users",
            {
                "client_id": api.client_id,
                "name": "Developer",
                "username": USERNAME,
                "password": PASSWORD,
                "language": "en",
            },
        )
        tokens = api.exchange(result["auth_code"])
    onboarded = False
    if not steps.get("user", True):
        describe_home(api)
    for step, payload in (
        ("core_config", {}),
        ("analytics", {}),
        ("integration", {"client_id": api.client_id, "redirect_uri": api.client_id}),
    ):
        if not steps.get(step, True):
            api.call("POST", f"/api/onboarding/{step}", payload)
            onboarded = True
    if onboarded:
        print(f"onboarding done: user {USERNAME}, password {PASSWORD}")
    return tokens, onboarded


def describe_home(api: Api) -> None:
    """Set the home's location, country, time zone, currency and units (websocket API)."""

    async def update() -> None:
        timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.ws_connect(f"{api.base}/api/websocket") as ws,
        ):
            await ws.receive_json()
            await ws.send_json({"type": "auth", "access_token": api.token})
            if (await ws.receive_json()).get("type") != "auth_ok":
                raise BootstrapError("the websocket API refused the development user's token")
            await ws.send_json({"id": 1, "type": "config/core/update", **HOME})
            answer = await ws.receive_json()
            if not answer.get("success"):
                raise BootstrapError(f"config/core/update failed: {answer.get('error')}")

    try:
        asyncio.run(update())
    except (OSError, TimeoutError, ValueError, TypeError) as err:
        raise BootstrapError(f"describing the home failed: {err}") from err


def remove_onboarding_extras(api: Api) -> None:
    """Delete the entries that onboarding itself added (see ONBOARDING_EXTRAS)."""
    for entry in api.call("GET", "/api/config/config_entries/entry"):
        if entry["domain"] in ONBOARDING_EXTRAS and entry.get("source") == "onboarding":
            api.call("DELETE", f"/api/config/config_entries/entry/{entry['entry_id']}")


def defaults(step: dict[str, Any]) -> dict[str, Any]:
    """Return a form's default answers."""
    return {
        field["name"]: field["default"]
        for field in step.get("data_schema", [])
        if "default" in field
    }


def explain(errors: dict[str, str], placeholders: dict[str, Any] | None) -> str:
    """Return the English text of a form's errors."""
    try:
        texts = json.loads(TRANSLATIONS.read_text())["config"]["error"]
    except (OSError, ValueError, KeyError):
        texts = {}
    parts = []
    for field, key in errors.items():
        text = texts.get(key, key)
        with contextlib.suppress(KeyError, IndexError, ValueError):
            text = text.format(**(placeholders or {}))
        parts.append(f"{text} [{key}]" if field == "base" else f"{field}: {text} [{key}]")
    return "; ".join(parts)


def add_integration(api: Api, portal: str | None) -> None:
    """Run the config flow; a portal that is already set up is kept."""
    target = portal or "the real Kutim portal"
    answers: dict[str, dict[str, Any]] = {
        "user": {"portal": "other" if portal else "kutim"},
        "portal": {
            "url": portal or "",
            "hls_url": portal or "",
            "profile": "kutim",
            "verify_ssl": True,
            # The demo portal listens on loopback, which the integration refuses by default.
            "allow_local": True,
        },
    }
    step = api.call("POST", "/api/config/config_entries/flow", {"handler": DOMAIN})
    answered: set[str] = set()
    for _ in range(10):
        if step["type"] != "form":
            break
        step_id = step["step_id"]
        if step_id in answered:
            # The same form came back: it holds the portal's answer as an error.
            api.call("DELETE", f"/api/config/config_entries/flow/{step['flow_id']}")
            detail = explain(step.get("errors") or {}, step.get("description_placeholders"))
            raise BootstrapError(
                f"the config flow could not use {target} (step {step_id!r}): {detail}"
            )
        answered.add(step_id)
        answer = {**defaults(step), **answers.get(step_id, {})}
        step = api.call("POST", f"/api/config/config_entries/flow/{step['flow_id']}", answer)
    if step["type"] == "abort" and step.get("reason") == "already_configured":
        print(f"{target} is already set up")
        return
    if step["type"] != "create_entry":
        raise BootstrapError(
            f"the config flow for {target} ended with {step.get('type')}: {step.get('reason')}"
        )
    cameras = len(step.get("options", {}).get("cameras", []))
    print(f"added {step['title']} ({cameras} cameras)" if cameras else f"added {step['title']}")


def main() -> int:
    """Run the bootstrap."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ha", default="http://127.0.0.1:8123", help="Home Assistant URL")
    parser.add_argument("--portal", default=None, help="demo portal URL; real Kutim if omitted")
    parser.add_argument("--tokens", type=Path, default=Path("artifacts/ha_tokens.json"))
    parser.add_argument(
        "--wait", type=float, default=180, help="seconds to wait for Home Assistant to answer"
    )
    args = parser.parse_args()
    api = Api(args.ha)
    try:
        steps = api.onboarding_steps(args.wait)
        tokens, onboarded = onboard_or_login(api, steps)
        args.tokens.parent.mkdir(parents=True, exist_ok=True)
        tokens.update(
            {
                "hassUrl": api.base,
                "clientId": api.client_id,
                "expires": int(time.time() * 1000) + int(tokens.get("expires_in", 1800)) * 1000,
            }
        )
        args.tokens.write_text(json.dumps(tokens))
        try:
            add_integration(api, args.portal)
        finally:
            if onboarded:
                remove_onboarding_extras(api)
    except BootstrapError as err:
        print(f"dev_bootstrap: {err}", file=sys.stderr)
        return 1
    print(f"ready: open {api.base} and log in as {USERNAME} / {PASSWORD}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
