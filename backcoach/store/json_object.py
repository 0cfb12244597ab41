"""A small JSON file's bytes as one JSON object, or in plain words why they are not one."""

from __future__ import annotations

import json
from typing import Any


def json_object(payload: bytes) -> dict[str, Any] | str:
    """The object in ``payload``, or why there is none (for the message when the file is
    moved aside: the settings and the plan read their files alike)."""
    if not payload.strip():
        return "empty"
    try:
        data = json.loads(payload.decode("utf-8"))
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except ValueError as error:
        return f"not valid JSON: {error}"
    except RecursionError:
        return "nested too deeply"
    if not isinstance(data, dict):
        return "not a JSON object"
    return data
