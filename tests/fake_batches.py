"""The fake OpenAI server with the Batch API: /v1/files (upload, content) and /v1/batches.

A batch stays `in_progress` for `polls` retrievals, then ends as `final_status`. On ending,
every request of its input file is answered by `batch_answer` (request -> Reply, or None for a
request left unanswered): HTTP 200 replies go to the output file, others to the error file, and
requests left unanswered go to the error file as `batch_expired` when the batch expired.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import default as default_policy
from typing import Any

from fake_openai import FakeOpenAI, ReceivedRequest, Reply, quoting_answer

BatchAnswer = Callable[[ReceivedRequest], Reply | None]
CONTENT = re.compile(r"^/v1/files/([\w-]+)/content$")


class FakeBatchOpenAI(FakeOpenAI):
    def __init__(
        self,
        *,
        default: Callable[[ReceivedRequest], Reply] = quoting_answer,
        batch_answer: BatchAnswer | None = None,
        polls: int = 1,
        final_status: str = "completed",
    ) -> None:
        super().__init__(default=default)
        self.batch_answer: BatchAnswer = batch_answer or default
        self.polls = polls
        self.final_status = final_status
        self.files: dict[str, tuple[str, bytes]] = {}  # id -> (purpose, content)
        self.batches: dict[str, dict[str, Any]] = {}
        self.retrievals: dict[str, int] = {}
        self.batch_lines: list[dict[str, Any]] = []  # every request line uploaded
        self._ids = itertools.count(1)
        self._batch_lock = threading.Lock()
        # Called once a batch is created, before the reply goes out (a test kills its client).
        self.after_create: Callable[[], None] = lambda: None

    def route(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> Reply | None:
        with self._batch_lock:
            if method == "POST" and path == "/v1/files":
                return self._upload(headers, raw)
            if method == "POST" and path == "/v1/batches":
                return self._create(json.loads(raw))
            if method == "GET" and path == "/v1/batches":
                return self._list()
            if method == "GET" and path.startswith("/v1/batches/"):
                return self._retrieve(path.rsplit("/", 1)[1])
            found = CONTENT.match(path)
            if method == "GET" and found and found.group(1) in self.files:
                return Reply(
                    body=self.files[found.group(1)][1].decode(),
                    headers={"content-type": "application/octet-stream"},
                )
        return None

    def _file(self, purpose: str, content: bytes, filename: str) -> dict[str, Any]:
        file_id = f"file-{next(self._ids)}"
        self.files[file_id] = (purpose, content)
        return {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }

    def _upload(self, headers: dict[str, str], raw: bytes) -> Reply:
        head = f"Content-Type: {headers['content-type']}\r\n\r\n".encode()
        message = BytesParser(policy=default_policy).parsebytes(head + raw)
        fields: dict[str, bytes] = {}
        filename = "upload.jsonl"
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                fields[name] = payload
            if name == "file":
                filename = str(part.get_filename() or filename)
        purpose = fields.get("purpose", b"").decode()
        if purpose != "batch" or "file" not in fields:
            return Reply(status=400, body={"error": {"message": "purpose must be batch"}})
        for line in fields["file"].decode().splitlines():
            if line.strip():
                self.batch_lines.append(json.loads(line))
        return Reply(body=self._file(purpose, fields["file"], filename))

    def _create(self, body: dict[str, Any]) -> Reply:
        if body.get("input_file_id") not in self.files:
            return Reply(status=404, body={"error": {"message": "no such file"}})
        if body.get("endpoint") != "/v1/chat/completions" or body.get("completion_window") != "24h":
            return Reply(status=400, body={"error": {"message": "bad endpoint or window"}})
        batch_id = f"batch_{next(self._ids)}"
        self.batches[batch_id] = {
            "id": batch_id,
            "object": "batch",
            "endpoint": body["endpoint"],
            "errors": None,
            "input_file_id": body["input_file_id"],
            "completion_window": "24h",
            "status": "in_progress",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": int(time.time()),
            "metadata": body.get("metadata"),
        }
        self.retrievals[batch_id] = 0
        self.after_create()
        return Reply(body=dict(self.batches[batch_id]))

    def _list(self) -> Reply:
        newest_first = [dict(batch) for batch in reversed(self.batches.values())]
        return Reply(
            body={
                "object": "list",
                "data": newest_first,
                "first_id": newest_first[0]["id"] if newest_first else None,
                "last_id": newest_first[-1]["id"] if newest_first else None,
                "has_more": False,
            }
        )

    def _retrieve(self, batch_id: str) -> Reply:
        batch = self.batches.get(batch_id)
        if batch is None:
            return Reply(status=404, body={"error": {"message": "no such batch"}})
        self.retrievals[batch_id] += 1
        if batch["status"] == "in_progress" and self.retrievals[batch_id] > self.polls:
            self._finish(batch)
        return Reply(body=dict(batch))

    def _finish(self, batch: dict[str, Any]) -> None:
        status = self.final_status
        output: list[str] = []
        errors: list[str] = []
        lines = self.files[batch["input_file_id"]][1].decode().splitlines()
        for number, line in enumerate(filter(str.strip, lines)):
            request = json.loads(line)
            received = ReceivedRequest(request["url"], {}, request["body"], time.monotonic())
            reply = None if status == "failed" else self.batch_answer(received)
            record: dict[str, Any] = {
                "id": f"batch_req_{number}",
                "custom_id": request["custom_id"],
            }
            if reply is None:
                if status != "expired":
                    continue
                record["response"] = None
                record["error"] = {"code": "batch_expired", "message": "This request expired."}
                errors.append(json.dumps(record))
                continue
            body = reply.body(received) if callable(reply.body) else reply.body
            record["response"] = {"status_code": reply.status, "request_id": "r", "body": body}
            record["error"] = None
            (output if reply.status == 200 else errors).append(json.dumps(record))
        batch["status"] = status
        if output:
            batch["output_file_id"] = self._file("batch_output", "\n".join(output).encode(), "o")[
                "id"
            ]
        if errors:
            batch["error_file_id"] = self._file("batch_output", "\n".join(errors).encode(), "e")[
                "id"
            ]
        if status == "failed":
            batch["errors"] = {
                "object": "list",
                "data": [{"code": "invalid", "message": "the input file was refused"}],
            }
