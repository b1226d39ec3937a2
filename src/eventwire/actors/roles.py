"""The code role words give an actor: their sectors after the actor's code, or an imported role's
own longer code after it (`GOVFRM`) or before it (`NGO~`)."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.dictionary import PREFIX_MARK, Entry


def role_code(roles: Sequence[Entry], sectors: tuple[str, ...]) -> str:
    """Return the code roles add after an actor's: their sectors, unless an imported role carries a
    longer code of its own (`GOVFRM`, a foreign minister)."""
    after = [r for r in roles if not r.code.endswith(PREFIX_MARK)]
    own = [r.code for r in after if r.code != "".join(r.sectors)]
    if own:
        return "".join(dict.fromkeys(own))
    if len(after) == len(roles):
        return "".join(sectors)
    return "".join(dict.fromkeys(s for r in after for s in r.sectors))


def role_prefix(roles: Sequence[Entry]) -> str:
    """Return the code imported roles put before an actor's (`NGO~`: a charity's country branch
    codes NGOARN, not ARNNGO)."""
    return "".join(dict.fromkeys(r.code.removesuffix(PREFIX_MARK) for r in roles if r.code.endswith(PREFIX_MARK)))
