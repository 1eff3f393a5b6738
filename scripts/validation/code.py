"""What the integration's Python code says, read from its syntax tree.

The index lists the classes, the translation keys the code uses, the config flow steps and
the imports, so the artefact checks can compare the files with the code.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .common import PLATFORMS, TRANSLATED_EXCEPTIONS, Problem


@dataclass(slots=True)
class ClassInfo:
    """What a class in the integration declares."""

    name: str
    module: str
    bases: list[str]
    assigned: dict[str, ast.expr] = field(default_factory=dict)
    methods: set[str] = field(default_factory=set)


@dataclass(slots=True)
class TranslationUse:
    """A translation key used in code, with where and how."""

    section: str
    key: str
    where: str
    platform: str | None = None
    has_device_class: bool = False
    provided: set[str] | None = None
    options: list[str] | None = None


@dataclass(slots=True)
class FlowUse:
    """A step, abort reason or error key that a flow shows."""

    section: str
    kind: Literal["step", "abort", "error"]
    key: str
    where: str
    provided: set[str] | None = None


def _call_name(node: ast.Call) -> str:
    """Return the last name of what a call calls."""
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _base_name(node: ast.expr) -> str:
    """Return the name of a base class expression (generics and attributes unwrapped)."""
    if isinstance(node, ast.Subscript):
        return _base_name(node.value)
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _keyword(node: ast.Call, name: str) -> ast.expr | None:
    """Return the value of a keyword argument of a call."""
    return next((kw.value for kw in node.keywords if kw.arg == name), None)


def _dict_keys(node: ast.expr | None) -> set[str] | None:
    """Return the literal keys of a dict display, or None when they are not all known."""
    if not isinstance(node, ast.Dict):
        return None
    keys: set[str] = set()
    for key in node.keys:
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
            return None  # a ** spread or a computed key
        keys.add(key.value)
    return keys


def _platform_from_name(name: str) -> str | None:
    """Return the platform a CamelCase class name refers to (BinarySensor… → binary_sensor)."""
    camel = {"".join(word.title() for word in p.split("_")): p for p in PLATFORMS}
    for candidate in sorted(camel, key=len, reverse=True):
        if candidate in name:
            return camel[candidate]
    return None


class CodeIndex:
    """Parse the integration's modules once and answer questions about them."""

    def __init__(self, package: Path, problems: list[Problem], rel: Callable[[Path], str]) -> None:
        """Parse every module of the integration package."""
        self.package = package
        self.modules: dict[Path, ast.Module] = {}
        self.constants: dict[str, str | None] = {}
        for path in sorted(package.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            try:
                self.modules[path] = ast.parse(path.read_text(encoding="utf-8"), str(path))
            except SyntaxError as err:
                problems.append(
                    Problem(rel(path), f"line {err.lineno}", f"syntax error: {err.msg}")
                )
        for tree in self.modules.values():
            for stmt in tree.body:
                target, value = None, None
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                    target, value = stmt.targets[0], stmt.value
                elif isinstance(stmt, ast.AnnAssign):
                    target, value = stmt.target, stmt.value
                if (
                    isinstance(target, ast.Name)
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                ):
                    # A name bound to two different strings cannot be resolved.
                    previous = self.constants.get(target.id, value.value)
                    self.constants[target.id] = value.value if previous == value.value else None
        self.classes: dict[str, ClassInfo] = {}
        for path, tree in self.modules.items():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    self.classes[node.name] = self._class_info(node, path)

    def _class_info(self, node: ast.ClassDef, path: Path) -> ClassInfo:
        """Collect a class's bases, class-level and self attributes, and methods."""
        info = ClassInfo(node.name, path.stem, [_base_name(base) for base in node.bases])
        for stmt in node.body:
            if isinstance(stmt, ast.Assign):
                for target in stmt.targets:
                    if isinstance(target, ast.Name):
                        info.assigned[target.id] = stmt.value
            elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                if isinstance(stmt.target, ast.Name):
                    info.assigned[stmt.target.id] = stmt.value
            elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                info.methods.add(stmt.name)
                if stmt.decorator_list and any(
                    _base_name(d) in {"property", "cached_property"} for d in stmt.decorator_list
                ):
                    info.assigned.setdefault(stmt.name, ast.Constant(value=...))
                for sub in ast.walk(stmt):
                    if isinstance(sub, ast.Assign):
                        for target in sub.targets:
                            if (
                                isinstance(target, ast.Attribute)
                                and isinstance(target.value, ast.Name)
                                and target.value.id == "self"
                            ):
                                info.assigned.setdefault(target.attr, sub.value)
        return info

    def resolve(self, node: ast.expr | None) -> str | None:
        """Return the string a constant expression stands for, or None."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        if isinstance(node, ast.Attribute):
            return self.constants.get(node.attr)
        return None

    def where(self, path: Path, node: ast.AST) -> str:
        """Return ``module.py:line`` for a node."""
        return f"{path.relative_to(self.package)}:{getattr(node, 'lineno', 0)}"

    def walk(self, *, skip_type_checking: bool = False) -> Iterator[tuple[Path, ast.AST]]:
        """Yield every node of every module with its file."""
        for path, tree in self.modules.items():
            stack: list[ast.AST] = [tree]
            while stack:
                node = stack.pop()
                if (
                    skip_type_checking
                    and isinstance(node, ast.If)
                    and _base_name(node.test) == "TYPE_CHECKING"
                ):
                    stack.extend(node.orelse)
                    continue
                yield path, node
                stack.extend(ast.iter_child_nodes(node))

    def hierarchy(self, name: str) -> Iterator[ClassInfo]:
        """Yield a class and its bases that are defined in the integration."""
        seen: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop(0)
            if current in seen or current not in self.classes:
                continue
            seen.add(current)
            info = self.classes[current]
            yield info
            todo.extend(info.bases)

    def inherited(self, name: str, attribute: str) -> ast.expr | None:
        """Return the value an attribute gets in a class or its bases."""
        for info in self.hierarchy(name):
            if attribute in info.assigned:
                return info.assigned[attribute]
        return None

    def all_bases(self, name: str) -> set[str]:
        """Return every base class name of a class, including external ones."""
        names: set[str] = set()
        for info in self.hierarchy(name):
            names.update(info.bases)
        return names

    def is_entity_class(self, name: str) -> bool:
        """Return whether a class is an entity (named or based on *Entity)."""
        return name.endswith("Entity") or any(
            base.endswith("Entity") for base in self.all_bases(name)
        )

    def function(self, module: str, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        """Return a module-level function of a module of the package's top level."""
        tree = self.modules.get(self.package / f"{module}.py")
        if tree is None:
            return None
        for stmt in tree.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef) and stmt.name == name:
                return stmt
        return None

    def platform_modules(self) -> list[str]:
        """Return the platform modules of the integration (camera, sensor, …)."""
        return sorted(
            path.stem
            for path in self.modules
            if path.parent == self.package and path.stem in PLATFORMS
        )

    # -- translation keys ------------------------------------------------------------

    def _class_platform(self, info: ClassInfo) -> str | None:
        """Return the entity platform of a class, from its module or its bases."""
        if info.module in PLATFORMS:
            return info.module
        for base in self.all_bases(info.name):
            if base.endswith("Entity") and (platform := _platform_from_name(base)):
                return platform
        return None

    def translation_uses(self, problems: list[Problem], rel: str) -> list[TranslationUse]:
        """Return every translation key the code refers to, classified by section."""
        uses: list[TranslationUse] = []
        for info in self.classes.values():
            value = info.assigned.get("_attr_translation_key")
            key = self.resolve(value) if value is not None else None
            if key is None or not self.is_entity_class(info.name):
                continue
            uses.append(
                TranslationUse(
                    "entity",
                    key,
                    f"{info.module}.py:{info.name}",
                    platform=self._class_platform(info),
                    has_device_class=self.inherited(info.name, "_attr_device_class") is not None,
                )
            )
        for path, node in self.walk():
            if not isinstance(node, ast.Call):
                continue
            value = _keyword(node, "translation_key")
            if value is None:
                continue
            key = self.resolve(value)
            if key is None:
                continue  # built at run time: nothing to check statically
            name = _call_name(node)
            where = self.where(path, node)
            placeholders_node = _keyword(node, "translation_placeholders")
            provided = _dict_keys(placeholders_node) if placeholders_node is not None else set()
            if name in TRANSLATED_EXCEPTIONS or _keyword(node, "translation_domain") is not None:
                uses.append(TranslationUse("exceptions", key, where, provided=provided))
            elif name in {"async_create_issue", "create_issue"}:
                uses.append(TranslationUse("issues", key, where, provided=provided))
            elif name.endswith("SelectorConfig"):
                options = _keyword(node, "options")
                literal = None
                if isinstance(options, ast.List | ast.Tuple):
                    literal = [self.resolve(item) for item in options.elts]
                known = [item for item in literal or [] if item is not None]
                uses.append(TranslationUse("selector", key, where, options=known or None))
            elif name.endswith("Description"):
                platform = path.stem if path.stem in PLATFORMS else _platform_from_name(name)
                uses.append(
                    TranslationUse(
                        "entity",
                        key,
                        where,
                        platform=platform,
                        has_device_class=_keyword(node, "device_class") is not None,
                    )
                )
            else:
                problems.append(
                    Problem(
                        rel,
                        where,
                        f"cannot tell which strings.json section translation_key '{key}' "
                        f"of {name}() belongs to",
                    )
                )
        return uses

    # -- flows ------------------------------------------------------------------------

    def flow_uses(self) -> list[FlowUse]:
        """Return the steps, abort reasons and errors the flows of the integration show."""
        uses: list[FlowUse] = []
        for path, tree in self.modules.items():
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    section = self._flow_section(node.name)
                    if section is not None:
                        uses.extend(self._flow_class_uses(path, node, section))
                elif path.name == "config_flow.py" and isinstance(
                    node, ast.FunctionDef | ast.AsyncFunctionDef
                ):
                    # Helpers of the config flow return {"base": "reason"} error dicts.
                    for sub in ast.walk(node):
                        if isinstance(sub, ast.Dict):
                            uses.extend(self._error_dict(path, sub, "config"))
        return uses

    def _flow_section(self, name: str) -> str | None:
        """Return the strings.json section of a flow class, or None when it is no flow."""
        bases = self.all_bases(name) | {name}
        if any("OptionsFlow" in base for base in bases):
            return "options"
        if any(base.endswith("RepairsFlow") for base in bases):
            return "fix_flow"
        if any(base == "ConfigFlow" or base.endswith("ConfigFlow") for base in bases - {name}):
            return "config"
        return None

    def _error_dict(self, path: Path, node: ast.Dict, section: str) -> list[FlowUse]:
        """Return the error keys of a literal {"base": "reason"} dict."""
        uses = []
        for key, value in zip(node.keys, node.values, strict=True):
            if (
                isinstance(key, ast.Constant)
                and key.value == "base"
                and (reason := self.resolve(value)) is not None
            ):
                uses.append(FlowUse(section, "error", reason, self.where(path, node)))
        return uses

    def _flow_class_uses(self, path: Path, node: ast.ClassDef, section: str) -> list[FlowUse]:
        """Return what one flow class shows."""
        uses: list[FlowUse] = []
        for sub in ast.walk(node):
            where = self.where(path, sub)
            if isinstance(sub, ast.Dict):
                uses.extend(self._error_dict(path, sub, section))
            if isinstance(sub, ast.Assign) and (reason := self.resolve(sub.value)) is not None:
                uses.extend(
                    FlowUse(section, "error", reason, where)
                    for target in sub.targets
                    if isinstance(target, ast.Subscript) and _base_name(target.value) == "errors"
                )
            if not isinstance(sub, ast.Call):
                continue
            name = _call_name(sub)
            if name == "async_show_form":
                step = self.resolve(_keyword(sub, "step_id"))
                if step is not None:
                    shown = _keyword(sub, "description_placeholders")
                    provided = _dict_keys(shown) if shown is not None else set()
                    uses.append(FlowUse(section, "step", step, where, provided))
            elif name == "async_abort":
                reason = self.resolve(_keyword(sub, "reason"))
                if reason is not None:
                    uses.append(FlowUse(section, "abort", reason, where))
            elif name == "async_update_reload_and_abort" and section == "config":
                given = _keyword(sub, "reason")
                resolved = "reconfigure_successful" if given is None else self.resolve(given)
                if resolved is not None:
                    uses.append(FlowUse(section, "abort", resolved, where))
            elif name == "_abort_if_unique_id_configured" and section == "config":
                uses.append(FlowUse(section, "abort", "already_configured", where))
            elif name == "AbortFlow" and sub.args:
                reason = self.resolve(sub.args[0])
                if reason is not None:
                    uses.append(FlowUse(section, "abort", reason, where))
            elif name == "_abort_if_unique_id_mismatch" and section == "config":
                reason = self.resolve(_keyword(sub, "reason")) or "unique_id_mismatch"
                uses.append(FlowUse(section, "abort", reason, where))
            elif name == "async_set_unique_id" and section == "config":
                raise_on_progress = _keyword(sub, "raise_on_progress")
                if not (
                    isinstance(raise_on_progress, ast.Constant) and not raise_on_progress.value
                ):
                    uses.append(FlowUse(section, "abort", "already_in_progress", where))
        return uses

    # -- services ---------------------------------------------------------------------

    def registered_services(self) -> tuple[dict[str, str], list[str]]:
        """Return the actions the code registers (name → where) and unresolvable ones."""
        found: dict[str, str] = {}
        unresolved: list[str] = []
        for path, node in self.walk():
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            func = node.func
            position: int | None = None
            keyword = "service"
            if (
                name in {"async_register", "register"}
                and isinstance(func, ast.Attribute)
                and _base_name(func.value) == "services"
            ):
                position = 1
            elif name in {"async_register_admin_service", "async_register_platform_entity_service"}:
                position, keyword = 2, "service_name" if "platform" in name else "service"
            elif name == "async_register_entity_service":
                position, keyword = 0, "name"
            if position is None:
                continue
            arg = node.args[position] if len(node.args) > position else _keyword(node, keyword)
            service = self.resolve(arg)
            if service is None:
                unresolved.append(self.where(path, node))
            else:
                found.setdefault(service, self.where(path, node))
        return found, unresolved

    # -- dependencies -----------------------------------------------------------------

    def referenced_components(self) -> dict[Path, set[str]]:
        """Return the Home Assistant components each module imports (TYPE_CHECKING aside)."""
        refs: dict[Path, set[str]] = {path: set() for path in self.modules}
        for path, node in self.walk(skip_type_checking=True):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.startswith("homeassistant.components."):
                    refs[path].add(node.module.split(".")[2])
                elif node.module == "homeassistant.components":
                    refs[path].update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("homeassistant.components."):
                        refs[path].add(alias.name.split(".")[2])
        return refs
