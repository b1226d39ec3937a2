"""The code role words give an actor: their sectors after the actor's code, or an imported role's
own longer code after it (`GOVFRM`) or before it (`NGO~`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from eventwire.actors.dictionary import PREFIX_MARK, Entry, EntryKind

if TYPE_CHECKING:
    from eventwire.actors.matcher import Hit

# Roles (their entries' names) of a state's representatives to a body: an intergovernmental
# organization named right before one says where the representative is posted, not whom they serve.
ACCREDITED_ROLES = frozenset({"ambassador", "envoy"})


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


def posted_to(hits: Sequence[Hit], placed: Callable[[Hit], bool]) -> frozenset[int]:
    """Return the first tokens of the hits of intergovernmental organizations that only name the body
    a country's ambassador or envoy is posted to: right before the role, with a country named before
    them in the same words (`placed`: "China's U.N. ambassador", "the French NATO envoy", "U.S. deputy
    U.N. ambassador" serve China, France and the U.S.). Without a country ("a U.N. envoy") the
    organization is the representative's own."""
    ordered = sorted(hits, key=lambda h: h.start)
    posted: set[int] = set()
    for n, hit in enumerate(ordered[1:-1], start=1):
        following = ordered[n + 1]
        if (any(e.kind == EntryKind.IGO for e in hit.entries) and following.start == hit.end
                and any(e.kind == EntryKind.ROLE and e.name in ACCREDITED_ROLES for e in following.entries)
                and any(placed(h) for h in ordered[:n])):
            posted.add(hit.start)
    return frozenset(posted)
