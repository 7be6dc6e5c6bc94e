"""Everything a running sandbox holds: its data (from the data file), outbox and faults."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .data import SandboxData, load_data
from .faults import Faults
from .store import Outbox


def _build_eml(source: bytes) -> bytes:
    from .rendering import build_eml  # loaded with the handlers, after the start

    return build_eml(source)


@dataclass
class SandboxState:
    data_path: Path
    data: SandboxData
    outbox: Outbox
    faults: Faults = field(default_factory=Faults)

    @classmethod
    def open(cls, db_path: Path, data_path: Path) -> SandboxState:
        """Load the data first: a bad file should not leave a database behind."""
        return cls(data_path, load_data(data_path), Outbox(db_path, _build_eml))

    def reset(self) -> None:
        """Back to the data file as it is now (relative blocks restart) with faults off.
        The outbox stays."""
        self.data = load_data(self.data_path)
        self.faults.clear()

    def close(self) -> None:
        self.outbox.close()
