"""Default behaviour of the stored-chat, images, uploads and fine-tuning routes.

A mixin of ``FakeState``: the methods run under the state's lock like every handler and
share its files, ids and clock.
"""
from __future__ import annotations

import base64
import copy
import hashlib
import struct
import zlib
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple

from . import objects as o
from .common import JSON, ApiError, IdMaker, not_found, paginate
from .records import RecordedRequest
from .scripting import FakeResponse

__all__ = ["MoreRoutes", "Override", "tiny_png"]

Override = Any  # dict / list / str / bytes partial override, or None
Handler = Callable[[RecordedRequest, Override], FakeResponse]

UPLOAD_PURPOSES = ("assistants", "batch", "fine-tune", "vision")
MAX_UPLOAD_BYTES = 8 * 1024 ** 3
MAX_PART_BYTES = 64 * 1024 ** 2
_FT_TERMINAL = ("succeeded", "failed", "cancelled")
_IMAGE_SIZES = ("256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024",
                "1024x1792", "auto")


def _crc_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def tiny_png(seed: str, width: int = 16, height: int = 16) -> bytes:
    """A valid RGB PNG of one colour chosen by ``seed`` (a few hundred bytes)."""
    rgb = hashlib.sha256(seed.encode("utf-8")).digest()[:3]
    rows = b"".join(b"\x00" + rgb * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _crc_chunk(b"IHDR", header)
            + _crc_chunk(b"IDAT", zlib.compress(rows, 9)) + _crc_chunk(b"IEND", b""))


def _png_for(seed: str, size: str) -> bytes:
    # One pixel per 64 keeps the aspect ratio of the size asked for while staying tiny.
    width, _, height = size.partition("x")
    try:
        w, h = max(1, int(width) // 64), max(1, int(height) // 64)
    except ValueError:
        w = h = 16
    return tiny_png(seed, min(w, 64), min(h, 64))


def _int_param(value: Any, name: str, low: int, high: int, default: int) -> int:
    if value is None:
        return default
    try:
        number = int(value)
        if isinstance(value, bool) or isinstance(value, float) and number != value:
            raise ValueError
    except (TypeError, ValueError):
        raise ApiError(400, f"Invalid type for '{name}': expected an integer, got {value!r}.",
                       param=name, code="invalid_type") from None
    if not low <= number <= high:
        raise ApiError(400, f"Invalid '{name}': must be between {low} and {high}, got {number}.",
                       param=name, code="invalid_value")
    return number


class MoreRoutes:
    """Handlers for stored chat completions, images, uploads and fine-tuning jobs."""

    lock: Any
    ids: IdMaker
    files: "OrderedDict[str, Tuple[JSON, bytes]]"
    models: "OrderedDict[str, JSON]"

    if TYPE_CHECKING:
        def now(self) -> int: ...

        def store_file(self, filename: str, content: bytes, purpose: str, *,
                       expires_after: Optional[int] = None) -> JSON: ...

        def add_model(self, ident: str, *, created: Optional[int] = None,
                      owned_by: str = "fake-org") -> JSON: ...

        def _file(self, ident: str) -> Tuple[JSON, bytes]: ...

    def _init_more(self) -> Dict[str, Handler]:
        self.chat_store: "OrderedDict[str, Tuple[JSON, List[JSON]]]" = OrderedDict()
        self.uploads: Dict[str, Tuple[JSON, "OrderedDict[str, bytes]"]] = {}
        self.ft_jobs: "OrderedDict[str, JSON]" = OrderedDict()
        self.ft_events: Dict[str, List[JSON]] = {}
        self.ft_checkpoints: Dict[str, List[JSON]] = {}
        return {
            "chat.completions.list": self.chat_completions_list,
            "chat.completions.retrieve": self.chat_completions_retrieve,
            "chat.completions.update": self.chat_completions_update,
            "chat.completions.delete": self.chat_completions_delete,
            "chat.completions.messages.list": self.chat_completions_messages_list,
            "images.generate": self.images_generate,
            "images.edit": self.images_edit,
            "images.create_variation": self.images_create_variation,
            "uploads.create": self.uploads_create,
            "uploads.parts.create": self.uploads_parts_create,
            "uploads.complete": self.uploads_complete,
            "uploads.cancel": self.uploads_cancel,
            "fine_tuning.jobs.create": self.fine_tuning_jobs_create,
            "fine_tuning.jobs.list": self.fine_tuning_jobs_list,
            "fine_tuning.jobs.retrieve": self.fine_tuning_jobs_retrieve,
            "fine_tuning.jobs.cancel": self.fine_tuning_jobs_cancel,
            "fine_tuning.jobs.pause": self.fine_tuning_jobs_pause,
            "fine_tuning.jobs.resume": self.fine_tuning_jobs_resume,
            "fine_tuning.jobs.list_events": self.fine_tuning_jobs_list_events,
            "fine_tuning.jobs.checkpoints.list": self.fine_tuning_jobs_checkpoints_list,
        }

    def _reset_more(self) -> None:
        self.chat_store.clear()
        self.uploads.clear()
        self.ft_jobs.clear()
        self.ft_events.clear()
        self.ft_checkpoints.clear()

    @staticmethod
    def _merged(value: JSON, override: Override) -> FakeResponse:
        if override is not None:
            value = o.merge(value, override)
        return FakeResponse(json=value)

    # --- stored chat completions ------------------------------------------------------

    def store_chat(self, completion: JSON, body: JSON) -> None:
        """Keep a completion made with ``store: true`` along with the messages it answered."""
        stored = copy.deepcopy(completion)
        stored["metadata"] = dict(body.get("metadata") or {})
        messages: List[JSON] = []
        for index, message in enumerate(body.get("messages") or []):
            if not isinstance(message, dict):
                continue
            content = message.get("content")
            item: JSON = {"id": f"{completion['id']}-{index}",
                          "role": message.get("role", "user"),
                          "content": o.content_text(content) if content is not None else None,
                          "refusal": None, "annotations": [],
                          "content_parts": copy.deepcopy(content) if isinstance(content, list)
                          else None}
            for key in ("name", "tool_calls", "tool_call_id"):
                if key in message:
                    item[key] = copy.deepcopy(message[key])
            messages.append(item)
        self.chat_store[stored["id"]] = (stored, messages)

    def _stored_chat(self, request: RecordedRequest) -> Tuple[JSON, List[JSON]]:
        ident = request.path_params["completion_id"]
        entry = self.chat_store.get(ident)
        if entry is None:
            raise ApiError(404, f"Chat completion with id '{ident}' not found. Only completions "
                                "created with store=true can be read back.",
                           param="completion_id")
        return entry

    def chat_completions_list(self, request: RecordedRequest, override: Override) -> FakeResponse:
        model = request.query.get("model")
        wanted = {key[len("metadata["):-1]: value for key, value in request.query_items
                  if key.startswith("metadata[") and key.endswith("]")}
        items = [c for c, _ in self.chat_store.values()
                 if model in (None, "", c.get("model"))
                 and all(c["metadata"].get(k) == v for k, v in wanted.items())]
        page = paginate(items, request.query, default_limit=20, max_limit=100, default_order="asc")
        return self._merged(page, override)

    def chat_completions_retrieve(self, request: RecordedRequest,
                                  override: Override) -> FakeResponse:
        return self._merged(copy.deepcopy(self._stored_chat(request)[0]), override)

    def chat_completions_update(self, request: RecordedRequest, override: Override) -> FakeResponse:
        completion, _messages = self._stored_chat(request)
        metadata = request.param("metadata")
        if metadata is not None and not isinstance(metadata, dict):
            raise ApiError(400, "Invalid type for 'metadata': expected an object.",
                           param="metadata", code="invalid_type")
        completion["metadata"] = {str(k): str(v) for k, v in (metadata or {}).items()}
        return self._merged(copy.deepcopy(completion), override)

    def chat_completions_delete(self, request: RecordedRequest, override: Override) -> FakeResponse:
        completion, _messages = self._stored_chat(request)
        del self.chat_store[completion["id"]]
        return self._merged({"object": "chat.completion.deleted", "id": completion["id"],
                             "deleted": True}, override)

    def chat_completions_messages_list(self, request: RecordedRequest,
                                       override: Override) -> FakeResponse:
        _completion, messages = self._stored_chat(request)
        page = paginate(messages, request.query, default_limit=20, max_limit=100,
                        default_order="asc")
        return self._merged(page, override)

    # --- images -----------------------------------------------------------------------

    def _image_result(self, request: RecordedRequest, override: Override, *, kind: str,
                      prompt: str, default_model: str) -> FakeResponse:
        model = str(request.param("model") or default_model)
        gpt_image = model.startswith("gpt-image")
        n = _int_param(request.param("n"), "n", 1, 10, 1)
        if model == "dall-e-3" and n != 1:
            raise ApiError(400, "Invalid 'n': dall-e-3 only supports n=1.", param="n",
                           code="invalid_value")
        size = str(request.param("size") or ("auto" if gpt_image else "1024x1024"))
        if size not in _IMAGE_SIZES:
            raise ApiError(400, f"Invalid value for 'size': {size!r} is not one of "
                                f"{list(_IMAGE_SIZES)!r}.", param="size", code="invalid_value")
        fmt = request.param("response_format")
        if fmt not in (None, "url", "b64_json"):
            raise ApiError(400, f"Invalid value for 'response_format': {fmt!r} is not one of "
                                "'url' or 'b64_json'.", param="response_format",
                           code="invalid_value")
        if gpt_image and fmt is not None:
            raise ApiError(400, f"Unknown parameter: 'response_format' is not supported by {model}; "
                                "it always returns b64_json.", param="response_format",
                           code="unknown_parameter")
        as_url = fmt == "url" or (fmt is None and not gpt_image)
        shown_size = "1024x1024" if size == "auto" else size
        now = self.now()
        data: List[JSON] = []
        for index in range(n):
            png = _png_for(f"{kind}:{model}:{prompt}:{index}", shown_size)
            encoded = base64.b64encode(png).decode("ascii")
            # A data: URL is a real URL a client can open (urllib does) without a server.
            item: JSON = ({"url": "data:image/png;base64," + encoded} if as_url
                          else {"b64_json": encoded})
            if model == "dall-e-3":
                item["revised_prompt"] = prompt
            data.append(item)
        result: JSON = {"created": now, "data": data}
        input_tokens = o.count_tokens(prompt) + (len(request.files) * 65 if kind != "generation" else 0)
        usage: JSON = {"input_tokens": input_tokens, "output_tokens": 272 * n,
                       "total_tokens": input_tokens + 272 * n,
                       "input_tokens_details": {"text_tokens": o.count_tokens(prompt),
                                                "image_tokens": input_tokens - o.count_tokens(prompt)}}
        if gpt_image:
            quality = str(request.param("quality") or "auto")
            background = str(request.param("background") or "auto")
            result.update(background="opaque" if background == "auto" else background,
                          output_format=str(request.param("output_format") or "png"),
                          quality="medium" if quality == "auto" else quality, size=shown_size,
                          usage=usage)
        if override is not None:
            result = o.merge(result, override)
        if request.stream and kind != "variation":
            if not gpt_image:
                raise ApiError(400, f"Streaming is not supported for {model}.", param="stream",
                               code="invalid_value")
            prefix = "image_generation" if kind == "generation" else "image_edit"
            partials = _int_param(request.param("partial_images"), "partial_images", 0, 3, 0)
            common = {key: result.get(key) for key in ("size", "quality", "background",
                                                       "output_format")}
            events: List[Any] = []
            for item in result["data"]:
                for index in range(partials):
                    events.append({"type": f"{prefix}.partial_image", "b64_json": item.get("b64_json"),
                                   "created_at": now, "partial_image_index": index, **common})
                events.append({"type": f"{prefix}.completed", "b64_json": item.get("b64_json"),
                               "created_at": now, **common, "usage": result.get("usage")})
            return FakeResponse(sse=[(e["type"], e) for e in events])
        return FakeResponse(json=result)

    def images_generate(self, request: RecordedRequest, override: Override) -> FakeResponse:
        prompt = request.param("prompt")
        if not isinstance(prompt, str) or not prompt:
            raise ApiError(400, "Invalid 'prompt': expected a non-empty string.", param="prompt",
                           code="invalid_value")
        return self._image_result(request, override, kind="generation", prompt=prompt,
                                  default_model="dall-e-2")

    def _check_images(self, request: RecordedRequest, names: Tuple[str, ...]) -> int:
        if request.multipart_error is not None:
            raise ApiError(400, f"Could not parse multipart form: {request.multipart_error}")
        count = sum(1 for part in request.parts if part.name in names and part.filename is not None)
        images = request.param("images")
        if isinstance(images, list):
            count += len(images)
        if not count:
            raise ApiError(400, f"Missing required parameter: '{names[0]}'.", param=names[0],
                           code="missing_required_parameter")
        return count

    def images_edit(self, request: RecordedRequest, override: Override) -> FakeResponse:
        self._check_images(request, ("image", "image[]"))
        prompt = request.param("prompt")
        if not isinstance(prompt, str) or not prompt:
            raise ApiError(400, "Invalid 'prompt': expected a non-empty string.", param="prompt",
                           code="invalid_value")
        return self._image_result(request, override, kind="edit", prompt=prompt,
                                  default_model="dall-e-2")

    def images_create_variation(self, request: RecordedRequest,
                                override: Override) -> FakeResponse:
        self._check_images(request, ("image",))
        _name, _ctype, data = request.files["image"]
        seed = hashlib.sha256(data).hexdigest()
        return self._image_result(request, override, kind="variation", prompt=seed,
                                  default_model="dall-e-2")

    # --- uploads ----------------------------------------------------------------------

    def _upload(self, request: RecordedRequest) -> Tuple[JSON, "OrderedDict[str, bytes]"]:
        ident = request.path_params["upload_id"]
        entry = self.uploads.get(ident)
        if entry is None:
            raise not_found("upload", ident, param="upload_id")
        return entry

    def _pending(self, upload: JSON) -> None:
        if upload["status"] == "pending" and self.now() >= upload["expires_at"]:
            upload["status"] = "expired"
        if upload["status"] != "pending":
            raise ApiError(400, f"Upload {upload['id']} is {upload['status']}; only a pending "
                                "upload can be changed.", param="upload_id")

    def uploads_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = request.json if isinstance(request.json, dict) else {}
        size = _int_param(body.get("bytes"), "bytes", 0, MAX_UPLOAD_BYTES, 0)
        purpose = body.get("purpose")
        if purpose not in UPLOAD_PURPOSES:
            raise ApiError(400, f"{purpose!r} is not one of {list(UPLOAD_PURPOSES)!r} - 'purpose'",
                           param="purpose", code="invalid_value")
        now = self.now()
        upload: JSON = {"id": self.ids.alnum("upload_", 24), "object": "upload", "bytes": size,
                        "created_at": now, "filename": str(body.get("filename")),
                        "purpose": purpose, "status": "pending", "expires_at": now + 3600,
                        "file": None}
        if override is not None:
            upload = o.merge(upload, override)
        self.uploads[upload["id"]] = (upload, OrderedDict())
        return FakeResponse(json=copy.deepcopy(upload))

    def uploads_parts_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        upload, parts = self._upload(request)
        self._pending(upload)
        if request.multipart_error is not None:
            raise ApiError(400, f"Could not parse multipart form: {request.multipart_error}")
        field = request.files.get("data")
        data = field[2] if field is not None else request.form.get("data", "").encode("utf-8")
        if len(data) > MAX_PART_BYTES:
            raise ApiError(400, f"A part can hold at most {MAX_PART_BYTES} bytes; got {len(data)}.",
                           param="data", code="invalid_value")
        part: JSON = {"id": self.ids.alnum("part_", 24), "object": "upload.part",
                      "created_at": self.now(), "upload_id": upload["id"]}
        parts[part["id"]] = data
        return self._merged(part, override)

    def uploads_complete(self, request: RecordedRequest, override: Override) -> FakeResponse:
        upload, parts = self._upload(request)
        self._pending(upload)
        ids = request.param("part_ids")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ApiError(400, "Invalid type for 'part_ids': expected an array of strings.",
                           param="part_ids", code="invalid_type")
        unknown = [i for i in ids if i not in parts]
        if unknown:
            raise ApiError(400, f"Invalid 'part_ids': {unknown[0]!r} is not a part of upload "
                                f"{upload['id']}.", param="part_ids", code="invalid_value")
        content = b"".join(parts[i] for i in ids)
        if len(content) != upload["bytes"]:
            raise ApiError(400, f"The parts hold {len(content)} bytes but the upload was created "
                                f"for {upload['bytes']} bytes.", param="part_ids",
                           code="invalid_value")
        md5 = request.param("md5")
        if md5 and md5 != hashlib.md5(content).hexdigest():
            raise ApiError(400, "The md5 checksum does not match the uploaded bytes.",
                           param="md5", code="invalid_value")
        file_obj = self.store_file(upload["filename"], content, upload["purpose"])
        upload.update(status="completed", file=copy.deepcopy(file_obj))
        return self._merged(copy.deepcopy(upload), override)

    def uploads_cancel(self, request: RecordedRequest, override: Override) -> FakeResponse:
        upload, parts = self._upload(request)
        self._pending(upload)
        upload["status"] = "cancelled"
        parts.clear()
        return self._merged(copy.deepcopy(upload), override)

    # --- fine-tuning ------------------------------------------------------------------

    def _job(self, request: RecordedRequest) -> JSON:
        ident = request.path_params["fine_tuning_job_id"]
        job = self.ft_jobs.get(ident)
        if job is None:
            raise not_found("fine-tuning job", ident, param="fine_tuning_job_id")
        return job

    def _event(self, job: JSON, message: str, *, level: str = "info", kind: str = "message",
               data: Optional[JSON] = None) -> None:
        self.ft_events.setdefault(job["id"], []).append({
            "object": "fine_tuning.job.event", "id": self.ids.alnum("ftevent-", 24),
            "created_at": self.now(), "level": level, "message": message, "type": kind,
            "data": data or {}})

    def _training_file(self, ident: Any, param: str) -> JSON:
        entry = self.files.get(str(ident))
        if entry is None:
            raise ApiError(400, f"Invalid file '{ident}': no such file.", param=param,
                           code="invalid_value")
        if entry[0]["purpose"] != "fine-tune":
            raise ApiError(400, f"Invalid file '{ident}': its purpose is "
                                f"{entry[0]['purpose']!r}, expected 'fine-tune'.", param=param,
                           code="invalid_value")
        return entry[0]

    def fine_tuning_jobs_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = request.json if isinstance(request.json, dict) else {}
        model = str(body.get("model"))
        if model not in self.models:
            raise ApiError(400, f"Model {model} is not available for fine-tuning or does not exist.",
                           param="model", code="model_not_available")
        training = self._training_file(body.get("training_file"), "training_file")
        validation = body.get("validation_file")
        if validation is not None:
            self._training_file(validation, "validation_file")
        suffix = body.get("suffix")
        if suffix is not None and (not isinstance(suffix, str) or len(suffix) > 64):
            raise ApiError(400, "Invalid 'suffix': expected a string of at most 64 characters.",
                           param="suffix", code="invalid_value")
        method = body.get("method") if isinstance(body.get("method"), dict) else None
        kind = str(method.get("type", "supervised")) if method else "supervised"
        given = body.get("hyperparameters")
        if method and isinstance(method.get(kind), dict):
            given = method[kind].get("hyperparameters", given)
        hyper: JSON = {"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"}
        if isinstance(given, dict):
            hyper.update({k: v for k, v in given.items() if k in hyper})
        ident = self.ids.alnum("ftjob-", 24)
        seed = body.get("seed")
        if not isinstance(seed, int):
            seed = int(hashlib.sha256(ident.encode()).hexdigest()[:7], 16)
        job: JSON = {
            "object": "fine_tuning.job", "id": ident, "model": model,
            "created_at": self.now(), "finished_at": None, "fine_tuned_model": None,
            "organization_id": "org-fake", "result_files": [], "status": "validating_files",
            "validation_file": validation, "training_file": training["id"],
            "hyperparameters": copy.deepcopy(hyper), "trained_tokens": None, "error": None,
            "user_provided_suffix": suffix, "integrations": body.get("integrations") or [],
            "seed": seed,
            "estimated_finish": None,
            "method": {"type": kind, kind: {"hyperparameters": copy.deepcopy(hyper)}},
            "metadata": body.get("metadata"),
        }
        if override is not None:
            job = o.merge(job, override)
        self.ft_jobs[job["id"]] = job
        self._event(job, f"Validating training file: {training['id']}")
        self._event(job, f"Created fine-tuning job: {job['id']}")
        return FakeResponse(json=copy.deepcopy(job))

    def advance_job(self, job: JSON) -> None:
        """One step of the lifecycle; each retrieve moves a job along by one."""
        status = job["status"]
        now = self.now()
        if status == "validating_files":
            job["status"] = "queued"
            self._event(job, "Files validated, moving job to queued state")
        elif status == "queued":
            job["status"] = "running"
            resolved = {"batch_size": 1, "learning_rate_multiplier": 1.8, "n_epochs": 3}
            for key, value in job["hyperparameters"].items():
                if value == "auto":
                    job["hyperparameters"][key] = resolved[key]
            job["method"][job["method"]["type"]]["hyperparameters"] = dict(job["hyperparameters"])
            job["estimated_finish"] = now + 600
            self._event(job, "Fine-tuning job started")
        elif status == "running":
            self._finish_job(job)

    def _finish_job(self, job: JSON) -> None:
        now = self.now()
        _obj, content = self.files.get(job["training_file"], ({}, b""))
        lines = [line for line in content.decode("utf-8", "replace").splitlines() if line.strip()]
        tokens = sum(o.count_tokens(line) for line in lines)
        epochs = int(job["hyperparameters"].get("n_epochs") or 3)
        steps = max(1, len(lines)) * epochs
        suffix = job.get("user_provided_suffix") or ""
        name = f"ft:{job['model']}:fake-org:{suffix}:{job['id'][-8:]}"
        checkpoints: List[JSON] = []
        csv = ["step,train_loss,train_accuracy"]
        for epoch in range(1, epochs + 1):
            step = steps * epoch // epochs
            loss = round(1.5 / (epoch + 1), 4)
            csv.append(f"{step},{loss},{round(1 - loss / 2, 4)}")
            self._event(job, f"Step {step}/{steps}: training loss={loss}", kind="metrics",
                        data={"step": step, "train_loss": loss, "total_steps": steps})
            checkpoint_model = name if epoch == epochs else f"{name}:ckpt-step-{step}"
            checkpoints.append({
                "object": "fine_tuning.job.checkpoint", "id": self.ids.alnum("ftckpt_", 24),
                "created_at": now, "fine_tuned_model_checkpoint": checkpoint_model,
                "fine_tuning_job_id": job["id"], "step_number": step,
                "metrics": {"step": float(step), "train_loss": loss,
                            "train_mean_token_accuracy": round(1 - loss / 2, 4)}})
        self.ft_checkpoints[job["id"]] = checkpoints
        results = self.store_file("step_metrics.csv", ("\n".join(csv) + "\n").encode("utf-8"),
                                  "fine-tune-results")
        self.add_model(name, created=now, owned_by="fake-org")
        job.update(status="succeeded", finished_at=now, fine_tuned_model=name,
                   trained_tokens=tokens * epochs, result_files=[results["id"]],
                   estimated_finish=None)
        self._event(job, f"New fine-tuned model created: {name}")
        self._event(job, "The job has successfully completed")

    def fine_tuning_jobs_list(self, request: RecordedRequest, override: Override) -> FakeResponse:
        wanted = {key[len("metadata["):-1]: value for key, value in request.query_items
                  if key.startswith("metadata[") and key.endswith("]")}
        jobs = [job for job in self.ft_jobs.values()
                if all((job.get("metadata") or {}).get(k) == v for k, v in wanted.items())]
        query = dict(request.query)
        query.pop("order", None)  # newest first, always
        return self._merged(paginate(jobs, query, default_limit=20, max_limit=100), override)

    def fine_tuning_jobs_retrieve(self, request: RecordedRequest,
                                  override: Override) -> FakeResponse:
        job = self._job(request)
        self.advance_job(job)
        return self._merged(copy.deepcopy(job), override)

    def fine_tuning_jobs_cancel(self, request: RecordedRequest, override: Override) -> FakeResponse:
        job = self._job(request)
        if job["status"] in _FT_TERMINAL:
            raise ApiError(400, f"Job {job['id']} has already {job['status']}; it cannot be "
                                "cancelled.", param="fine_tuning_job_id")
        job.update(status="cancelled", finished_at=self.now(), estimated_finish=None)
        self._event(job, "Fine-tuning job cancelled")
        return self._merged(copy.deepcopy(job), override)

    def fine_tuning_jobs_pause(self, request: RecordedRequest, override: Override) -> FakeResponse:
        job = self._job(request)
        if job["status"] != "running":
            raise ApiError(400, f"Only a running job can be paused; job {job['id']} is "
                                f"{job['status']}.", param="fine_tuning_job_id")
        job["status"] = "paused"
        self._event(job, "Fine-tuning job paused")
        return self._merged(copy.deepcopy(job), override)

    def fine_tuning_jobs_resume(self, request: RecordedRequest, override: Override) -> FakeResponse:
        job = self._job(request)
        if job["status"] != "paused":
            raise ApiError(400, f"Only a paused job can be resumed; job {job['id']} is "
                                f"{job['status']}.", param="fine_tuning_job_id")
        job["status"] = "running"
        self._event(job, "Fine-tuning job resumed")
        return self._merged(copy.deepcopy(job), override)

    def fine_tuning_jobs_list_events(self, request: RecordedRequest,
                                     override: Override) -> FakeResponse:
        job = self._job(request)
        query = dict(request.query)
        query.pop("order", None)
        page = paginate(self.ft_events.get(job["id"], []), query, default_limit=20, max_limit=100)
        page.pop("first_id", None)
        page.pop("last_id", None)
        return self._merged(page, override)

    def fine_tuning_jobs_checkpoints_list(self, request: RecordedRequest,
                                          override: Override) -> FakeResponse:
        job = self._job(request)
        query = dict(request.query)
        query.pop("order", None)
        page = paginate(self.ft_checkpoints.get(job["id"], []), query, default_limit=10,
                        max_limit=100)
        return self._merged(page, override)


def speech_events(audio: bytes, input_tokens: int) -> List[Any]:
    """The ``stream_format: sse`` form of a speech reply: base64 audio deltas, then usage."""
    size = 8192
    events: List[Any] = [{"type": "speech.audio.delta",
                          "audio": base64.b64encode(audio[i:i + size]).decode("ascii")}
                         for i in range(0, len(audio), size)]
    output_tokens = max(1, len(audio) // 400)
    events.append({"type": "speech.audio.done",
                   "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens,
                             "total_tokens": input_tokens + output_tokens}})
    return events
