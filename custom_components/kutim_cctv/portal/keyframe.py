"""Find where the first keyframe of an MPEG-TS segment ends, as its bytes arrive.

A still needs one picture, and the picture a segment starts with is a keyframe that
usually takes a small share of the segment (about a sixth for a quiet scene): the rest
are frames that only describe changes. Knowing where that keyframe ends lets a still
grab ask the portal for only those bytes (an HTTP Range request) or stop reading the
segment there.
"""

from __future__ import annotations

from dataclasses import dataclass

TS_PACKET = 188
_SYNC = 0x47
_PAT_PID = 0x0000
_NULL_PID = 0x1FFF


def looks_like_ts(data: bytes) -> bool:
    """Return True when ``data`` starts like an MPEG transport stream."""
    if len(data) < TS_PACKET or data[0] != _SYNC:
        return False
    return len(data) < 2 * TS_PACKET or data[TS_PACKET] == _SYNC


@dataclass(slots=True)
class _Start:
    """Where a video PES packet starts and whether it is flagged as a random access point."""

    offset: int
    random_access: bool


class KeyframeScanner:
    """Scan a growing MPEG-TS byte string for the end of its first keyframe.

    ``feed`` is called with everything received so far (a prefix of the segment) and
    only looks at the packets it has not seen. The keyframe is the first video PES
    packet flagged as a random access point, or the first video PES packet when the
    muxer flags none; it ends where the next video PES packet starts.
    """

    def __init__(self) -> None:
        """Start at the first packet."""
        self._offset = 0
        self._video_pid: int | None = None
        self._starts: list[_Start] = []
        self.end: int | None = None
        self.key_start: int | None = None
        self.invalid = False

    def feed(self, data: bytes) -> int | None:
        """Scan the new whole packets of ``data``; return the keyframe's end once known."""
        if self.end is not None or self.invalid:
            return self.end
        while self.end is None and self._offset + TS_PACKET <= len(data):
            offset = self._offset
            self._offset += TS_PACKET
            if data[offset] != _SYNC:
                self.invalid = True
                break
            self._packet(data, offset)
        return self.end

    def _packet(self, data: bytes, offset: int) -> None:
        """Look at one packet for the start of a video PES packet."""
        flags = data[offset + 1]
        if not flags & 0x40:  # payload_unit_start_indicator
            return
        pid = ((flags & 0x1F) << 8) | data[offset + 2]
        if pid in (_PAT_PID, _NULL_PID):
            return
        control = (data[offset + 3] >> 4) & 0x3
        payload = offset + 4
        random_access = False
        if control & 0x2:  # adaptation field
            length = data[offset + 4]
            if length and payload + 1 < offset + TS_PACKET:
                random_access = bool(data[offset + 5] & 0x40)
            payload += 1 + length
        if not control & 0x1 or payload + 4 > offset + TS_PACKET:
            return
        if data[payload : payload + 3] != b"\x00\x00\x01":
            return
        if not 0xE0 <= data[payload + 3] <= 0xEF:  # not a video stream id
            return
        if self._video_pid is None:
            self._video_pid = pid
        elif pid != self._video_pid:
            return
        self._starts.append(_Start(offset, random_access))
        self._decide()

    def _decide(self) -> None:
        """Settle the keyframe's extent once the packet after it has started."""
        starts = self._starts
        flagged = [index for index, start in enumerate(starts) if start.random_access]
        if flagged:
            key = flagged[0]
        elif len(starts) >= 2 and not starts[0].random_access:
            key = 0  # a muxer that flags no random access points: segments start with one
        else:
            return
        if key + 1 < len(starts):
            self.key_start = starts[key].offset
            self.end = starts[key + 1].offset

    def keyframe_bytes(self, data: bytes) -> bytes:
        """Return the tables and the keyframe only, ready to decode (after ``end`` is known)."""
        if self.end is None or self.key_start is None:
            return data
        if self.key_start == 0:
            return data[: self.end]
        head = bytearray()
        for offset in range(0, self.key_start, TS_PACKET):
            packet = data[offset : offset + TS_PACKET]
            pid = ((packet[1] & 0x1F) << 8) | packet[2]
            if pid != self._video_pid:
                head += packet  # the PAT and PMT the demuxer needs
        return bytes(head) + data[self.key_start : self.end]
