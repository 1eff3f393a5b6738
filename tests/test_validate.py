"""Tests for scripts/validation: the real repository passes, broken copies fail."""

from __future__ import annotations

from collections.abc import Callable
import json
from pathlib import Path
import re
import shutil
import subprocess
import sys
from typing import Any

from homeassistant.util.yaml import load_yaml_dict
import pytest

from custom_components.kutim_cctv.config_flow import OPTION_SECTIONS
import scripts.validation as validator
from scripts.validation.common import flatten, placeholders

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = "kutim_cctv"
PACKAGE = f"custom_components/{DOMAIN}"
# What the validator reads besides the integration itself.
COPIED = ("custom_components", "docs", "requirements", "hacs.json", "README.md", "pyproject.toml")
COPIED_FILES = ("scripts/test", "tests/test_config_flow.py")


def problems_of(root: Path) -> list[str]:
    """Return the validator's problems for a repository as printed lines."""
    return [str(problem) for problem in validator.validate(root)]


def new_problems(root: Path, breakage: Callable[[Path], object]) -> list[Any]:
    """Break a copy and return the problems that the breakage added.

    Problems the copy already had are left out, so that each test only judges its own
    breakage; test_repository_is_valid reports those.
    """
    before = set(validator.validate(root))
    breakage(root)
    return [problem for problem in validator.validate(root) if problem not in before]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Return a copy of the parts of the repository that the validator reads."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=ignore)
        elif source.is_file():
            shutil.copy2(source, tmp_path / name)
    for name in COPIED_FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tmp_path / name)
    return tmp_path


def read_json(path: Path) -> Any:
    """Read a JSON file."""
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, data: Any) -> None:
    """Write a JSON file the way the repository formats them."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def edit_json(path: Path, change: Callable[[Any], object]) -> None:
    """Change a JSON file in place (the change mutates the parsed data)."""
    data = read_json(path)
    change(data)
    write_json(path, data)


def test_repository_is_valid() -> None:
    """The integration and the repository as committed pass every check."""
    assert problems_of(ROOT) == []


def test_copy_is_faithful(repo: Path) -> None:
    """The copy the other tests break has exactly the real repository's problems."""
    assert problems_of(repo) == problems_of(ROOT)


def _manifest_version_first(root: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        original = dict(data)
        data.clear()
        data["version"] = original.pop("version")
        data.update(original)

    edit_json(root / PACKAGE / "manifest.json", change)


def _id_missing_key(root: Path) -> None:
    edit_json(
        root / PACKAGE / "translations/id.json", lambda t: t["config"]["step"]["user"].pop("title")
    )


def _id_placeholder_renamed(root: Path) -> None:
    def change(data: Any) -> None:
        message = data["config"]["step"]["user"]["description"]
        assert "{viewer_url}" in message
        data["config"]["step"]["user"]["description"] = message.replace("{viewer_url}", "{url}")

    edit_json(root / PACKAGE / "translations/id.json", change)


def _id_unbalanced_brace(root: Path) -> None:
    def change(data: Any) -> None:
        data["config"]["step"]["user"]["description"] += " {"

    edit_json(root / PACKAGE / "translations/id.json", change)


def _hacs_unknown_key(root: Path) -> None:
    edit_json(root / "hacs.json", lambda h: h.update(iot_class="cloud_polling"))


def _hacs_old_home_assistant(root: Path) -> None:
    edit_json(root / "hacs.json", lambda h: h.update(homeassistant="2024.1.0"))


def _en_reference(root: Path) -> None:
    def change(data: Any) -> None:
        data["config"]["abort"]["already_configured"] = (
            "[%key:common::config_flow::abort::already_configured_service%]"
        )

    edit_json(root / PACKAGE / "translations/en.json", change)


def _en_out_of_date(root: Path) -> None:
    def change(data: Any) -> None:
        data["config"]["error"]["invalid_url"] = "No cameras."

    edit_json(root / PACKAGE / "translations/en.json", change)


def _strings_bad_reference(root: Path) -> None:
    def change(data: Any) -> None:
        data["config"]["error"]["unknown"] = "[%key:common::config_flow::error::no_such_key%]"

    edit_json(root / PACKAGE / "strings.json", change)


def _strings_url(root: Path) -> None:
    def change(data: Any) -> None:
        data["config"]["error"]["invalid_url"] = "See https://cctv.example.go.id/help."

    edit_json(root / PACKAGE / "strings.json", change)
    edit_json(root / PACKAGE / "translations/en.json", change)


def _manifest_bad_version(root: Path) -> None:
    edit_json(root / PACKAGE / "manifest.json", lambda m: m.update(version="one"))


def _manifest_without_config_flow(root: Path) -> None:
    edit_json(root / PACKAGE / "manifest.json", lambda m: m.update(config_flow=False))


def _undeclared_component(root: Path) -> None:
    (root / PACKAGE / "motion.py").write_text(
        '"""Motion."""\n\nfrom homeassistant.components.ffmpeg import get_ffmpeg_manager\n',
        encoding="utf-8",
    )


def _untranslated_exception(root: Path) -> None:
    (root / PACKAGE / "failing.py").write_text(
        '"""Failing."""\n\nfrom homeassistant.exceptions import HomeAssistantError\n\n'
        "from .const import DOMAIN\n\n\n"
        "def fail() -> None:\n"
        '    """Fail."""\n'
        '    raise HomeAssistantError(translation_domain=DOMAIN, translation_key="no_such_error")\n',
        encoding="utf-8",
    )


def _quality_scale_rule_missing(root: Path) -> None:
    path = root / PACKAGE / "quality_scale.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("  stale-devices:"))
    end = start + 1
    while end < len(lines) and lines[end].startswith("    "):
        end += 1
    path.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")


def _quality_scale_false_claim(root: Path) -> None:
    path = root / PACKAGE / "quality_scale.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  discovery:\n")
    end = text.index("\n  discovery-update-info:")
    path.write_text(text[:start] + "  discovery: done" + text[end:], encoding="utf-8")


def _no_duplicate_check(root: Path) -> None:
    path = root / PACKAGE / "config_flow.py"
    text = path.read_text(encoding="utf-8")
    assert 'raise AbortFlow("already_configured")' in text
    path.write_text(text.replace('raise AbortFlow("already_configured")', "pass"), encoding="utf-8")


@pytest.mark.parametrize(
    ("breakage", "file", "key", "fragment"),
    [
        (_manifest_version_first, "manifest.json", "", "keys are not sorted"),
        (_manifest_bad_version, "manifest.json", "version", "not a valid version"),
        (_manifest_without_config_flow, "manifest.json", "config_flow", "must be true"),
        (_undeclared_component, "manifest.json", "dependencies", "homeassistant.components.ffmpeg"),
        (_id_missing_key, "translations/id.json", "config.step.user.title", "missing"),
        (
            _id_placeholder_renamed,
            "translations/id.json",
            "config.step.user.description",
            "'stream_host', 'url'] differ",
        ),
        (
            _id_unbalanced_brace,
            "translations/id.json",
            "config.step.user.description",
            "unbalanced braces",
        ),
        (_en_reference, "translations/en.json", "config.abort.already_configured", "references"),
        (_en_out_of_date, "translations/en.json", "config.error.invalid_url", "regenerate"),
        (_strings_bad_reference, "strings.json", "config.error.unknown", "does not resolve"),
        (_hacs_unknown_key, "hacs.json", "iot_class", "extra keys not allowed"),
        (_hacs_old_home_assistant, "hacs.json", "homeassistant", "must be 2025.4.4"),
        (_untranslated_exception, "strings.json", "exceptions.no_such_error", "missing"),
        (_quality_scale_rule_missing, "quality_scale.yaml", "rules.stale-devices", "required"),
        (_quality_scale_false_claim, "quality_scale.yaml", "rules.discovery", "marked done"),
        (_no_duplicate_check, "quality_scale.yaml", "rules.unique-config-entry", "never aborts"),
    ],
    ids=lambda value: value.__name__.strip("_") if callable(value) else None,
)
def test_broken_copy_fails(
    repo: Path, breakage: Callable[[Path], None], file: str, key: str, fragment: str
) -> None:
    """Each kind of breakage is reported, with the file and key it is in."""
    problems = new_problems(repo, breakage)
    where = file if file == "hacs.json" else f"{PACKAGE}/{file}"
    matching = [p for p in problems if p.file == where and p.key == key]
    assert matching, f"no problem at {where} {key!r}; got {[str(p) for p in problems]}"
    assert any(fragment in p.message for p in matching), [str(p) for p in matching]


def test_url_in_strings_is_rejected(repo: Path) -> None:
    """Translations must pass URLs as placeholders, as hassfest requires."""
    assert {(p.file, p.key) for p in new_problems(repo, _strings_url)} == {
        (f"{PACKAGE}/strings.json", "config.error.invalid_url"),
        (f"{PACKAGE}/translations/en.json", "config.error.invalid_url"),
    }


def _add_ping_action(root: Path) -> None:
    package = root / PACKAGE
    (package / "ping.py").write_text(
        '"""Ping action."""\n\n'
        "from homeassistant.core import HomeAssistant, ServiceCall\n\n"
        "from .const import DOMAIN\n\n\n"
        "def register(hass: HomeAssistant) -> None:\n"
        '    """Register the ping action."""\n\n'
        "    def ping(call: ServiceCall) -> None:\n"
        '        """Do nothing."""\n\n'
        '    hass.services.async_register(DOMAIN, "ping", ping)\n',
        encoding="utf-8",
    )
    services = package / "services.yaml"
    existing = services.read_text(encoding="utf-8") if services.is_file() else ""
    services.write_text(existing + "\nping:\n", encoding="utf-8")


def test_action_without_translation(repo: Path) -> None:
    """A registered action needs services.yaml, translations and an icon."""
    problems = new_problems(repo, _add_ping_action)

    lines = [str(p) for p in problems]
    assert any(
        p.file == f"{PACKAGE}/strings.json" and p.key == "services.ping" for p in problems
    ), lines
    assert all("ping" in line for line in lines), lines


def _add_undescribed_entity_action(root: Path) -> None:
    (root / PACKAGE / "ping.py").write_text(
        '"""Ping."""\n\n\ndef register(platform: object) -> None:\n'
        '    """Register."""\n'
        '    platform.async_register_entity_service("ping_camera", {}, "async_ping")\n',
        encoding="utf-8",
    )


def test_registered_action_must_be_described(repo: Path) -> None:
    """An action registered in code but absent from services.yaml is reported."""
    problems = [str(p) for p in new_problems(repo, _add_undescribed_entity_action)]
    assert any("ping_camera" in line and "services.yaml" in line for line in problems), problems


def _add_button_without_strings(root: Path) -> None:
    (root / PACKAGE / "button.py").write_text(
        '"""Buttons."""\n\n'
        "from homeassistant.components.button import ButtonEntityDescription\n\n"
        "PARALLEL_UPDATES = 0\n"
        'WAKE = ButtonEntityDescription(key="wake", translation_key="wake")\n',
        encoding="utf-8",
    )


def test_entity_key_needs_strings_and_icon(repo: Path) -> None:
    """An entity translation key needs its strings and, without a device class, an icon."""
    problems = {(p.file, p.key) for p in new_problems(repo, _add_button_without_strings)}
    assert problems == {
        (f"{PACKAGE}/strings.json", "entity.button.wake"),
        (f"{PACKAGE}/icons.json", "entity.button.wake"),
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [("plain", set()), ("{a} and {b}", {"a", "b"}), ("{{literal}} {x}", {"x"})],
)
def test_placeholders(text: str, names: set[str]) -> None:
    """Placeholders are read like Home Assistant's frontend formats them."""
    assert placeholders(text) == names


def run_validate(repo: Path) -> subprocess.CompletedProcess[str]:
    """Run the validation script on a repository and capture what it says."""
    command = [sys.executable, "-m", "scripts.validation", "--root", str(repo)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_command_line(repo: Path) -> None:
    """The script exits 0 with a summary when valid, 1 with one line per problem."""
    ok = run_validate(repo)
    if validator.validate(repo):
        assert ok.returncode == 1, ok.stdout + ok.stderr  # test_repository_is_valid says why
    else:
        assert ok.returncode == 0, ok.stdout + ok.stderr
        assert ok.stdout.startswith("validate: OK")

    _hacs_unknown_key(repo)
    failed = run_validate(repo)
    assert failed.returncode == 1
    lines = failed.stdout.splitlines()
    assert any(line.startswith("hacs.json: iot_class: ") for line in lines), lines
    assert lines[-1] == f"validate: {len(lines) - 1} problem(s)"


# --------------------------------------------------------------------- the texts themselves
# What the committed translation files must hold beyond hassfest's rules: every language
# has every text of the flows, the alert entities and the actions, with the same placeholders.

INTEGRATION = ROOT / PACKAGE
FLOW_SECTIONS = ("config", "options", "selector")


def _load(name: str) -> dict[str, Any]:
    """Return one of the integration's JSON files."""
    data: dict[str, Any] = json.loads((INTEGRATION / name).read_text(encoding="utf-8"))
    return data


def _placeholders(text: str) -> list[str]:
    """Return the placeholders of a text, in order."""
    return re.findall(r"\{(\w+)\}", text)


def _flow_texts(name: str) -> dict[str, str]:
    """Return the texts of the flow sections of a translation file."""
    data = _load(name)
    return flatten({section: data[section] for section in FLOW_SECTIONS})


def test_translations_match() -> None:
    """English and Indonesian hold the same keys and placeholders as strings.json."""
    strings = _flow_texts("strings.json")
    english = _flow_texts("translations/en.json")
    indonesian = _flow_texts("translations/id.json")
    assert set(strings) == set(english) == set(indonesian)
    for key, text in english.items():
        assert "[%key:" not in text, key
        assert "[%key:" not in indonesian[key], key
        assert text.count("{") == text.count("}"), key
        assert sorted(_placeholders(text)) == sorted(_placeholders(indonesian[key])), key
        if not strings[key].startswith("[%key:"):
            assert strings[key] == text, key
        assert indonesian[key].strip(), key
    # Only the sections of the flows are maintained here, and they come first.
    assert list(_load("strings.json"))[:3] == list(FLOW_SECTIONS)


ALERT_SECTIONS = ("entity", "exceptions", "services")


def test_alert_texts_match() -> None:
    """Entity, error and action texts: the same keys and placeholders in every language."""
    strings, english, indonesian = (
        flatten({section: _load(name).get(section, {}) for section in ALERT_SECTIONS})
        for name in ("strings.json", "translations/en.json", "translations/id.json")
    )
    assert set(strings) == set(english) == set(indonesian)
    for key, text in english.items():
        assert "[%key:" not in text, key
        assert text.count("{") == text.count("}"), key
        assert sorted(_placeholders(text)) == sorted(_placeholders(indonesian[key])), key
        assert indonesian[key].strip(), key
        if not strings[key].startswith("[%key:"):
            assert strings[key] == text, key


def test_alert_entities_have_texts_and_icons() -> None:
    """Every entity description and action has a name, and an icon in icons.json."""
    from custom_components.kutim_cctv.binary_sensor import BINARY_SENSORS
    from custom_components.kutim_cctv.sensor import CAMERA_SENSORS, PORTAL_SENSORS

    english = _load("translations/en.json")
    icons = _load("icons.json")
    for platform, descriptions in (
        ("binary_sensor", BINARY_SENSORS),
        ("sensor", (*CAMERA_SENSORS, *PORTAL_SENSORS)),
    ):
        for description in descriptions:
            key = description.translation_key
            assert english["entity"][platform][key]["name"], key
            assert icons["entity"][platform][key]["default"].startswith("mdi:"), key
    services = load_yaml_dict(str(INTEGRATION / "services.yaml"))
    for service, spec in services.items():
        assert icons["services"][service]["service"].startswith("mdi:")
        texts = english["services"][service]
        assert texts["name"]
        assert texts["description"]
        assert set(texts["fields"]) == set(spec["fields"])


@pytest.mark.parametrize(
    "key",
    [
        *(
            f"config.error.{error}"
            for error in (
                "cannot_connect",
                "timeout",
                "tls_error",
                "invalid_format",
                "no_cameras",
                "unsafe_url",
                "http_error",
                "not_found",
                "server_error",
                "rate_limited",
                "cannot_resolve",
                "access_denied",
                "too_large",
                "invalid_url",
                "invalid_header",
                "no_area_selected",
                "no_selection",
                "unknown",
            )
        ),
        "config.abort.already_configured",
        "config.abort.already_in_progress",
        "config.abort.reconfigure_successful",
        "options.error.no_selection",
        "options.abort.cannot_connect",
        "options.abort.unknown",
        "selector.areas.options.no_area",
        *(f"selector.portal.options.{portal}" for portal in ("kutim", "other")),
        *(
            f"selector.profile.options.{profile}"
            for profile in ("auto", "kutim", "json", "geojson", "html", "snapshot")
        ),
    ],
)
def test_flow_texts_exist(key: str) -> None:
    """Every reason and choice the flows use has a text."""
    assert key in _flow_texts("translations/en.json")


def test_every_field_is_described() -> None:
    """Every form field has a label and a description in the translations."""
    english = _load("translations/en.json")
    steps = {
        **{f"config.{k}": v for k, v in english["config"]["step"].items()},
        **{f"options.{k}": v for k, v in english["options"]["step"].items()},
    }
    for name, step in steps.items():
        assert set(step.get("data", {})) == set(step.get("data_description", {})), name


def test_manifest() -> None:
    """The manifest lists domain and name first, then keys in alphabetical order."""
    manifest = _load("manifest.json")
    keys = list(manifest)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:])
    assert manifest["domain"] == DOMAIN
    assert manifest["config_flow"] is True
    # http serves the live proxy, stream plays it.
    assert manifest["dependencies"] == ["http", "stream"]
    assert manifest["version"]


def test_texts_fit_the_situation() -> None:
    """No zero counts in sentences, one word for TLS, and natural Indonesian."""
    for language in ("en", "id"):
        texts = _flow_texts(f"translations/{language}.json")
        # Counts that are often zero are not put into sentences.
        assert not any("{missing}" in text or "{no_area}" in text for text in texts.values())
        # The first step shows the hosts it says are filled in.
        user = texts["config.step.user.description"]
        assert "{api_host}" in user
        assert "{stream_host}" in user
        for step in ("portal", "reconfigure"):
            label = texts[f"config.step.{step}.data.verify_ssl"]
            assert "TLS" in label
            assert "SSL" not in label
    indonesian = json.dumps(_load("translations/id.json"), ensure_ascii=False)
    for stiff in ("penampil", "Jawaban portal", "jendela kesegaran", "di belakang setiap nama"):
        assert stiff not in indonesian, stiff


def test_option_sections_have_texts() -> None:
    """Each options section has a name and describes exactly the fields it holds."""
    for language in ("en", "id"):
        step = _load(f"translations/{language}.json")["options"]["step"]["init"]
        for name, keys in OPTION_SECTIONS.items():
            texts = step["sections"][name]
            assert texts["name"].strip(), (language, name)
            assert set(texts["data"]) == set(keys) == set(texts["data_description"])
            # A field is labelled in its section only.
            assert not set(keys) & set(step["data"]), (language, name)
