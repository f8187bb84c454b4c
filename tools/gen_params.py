#!/usr/bin/env python3
"""Write the SDK's per-endpoint request TypedDicts (``openai.types.file_create_params``...)
from our resource methods' signatures, so the two cannot disagree.

Each entry of ``TABLE`` names a resource method and the module and class the SDK gives its
parameters.  A method's keyword-only parameters (less ``extra_*`` and ``timeout``) become
the keys: those without a default are required, the others optional; ``NotGiven`` is
dropped from their annotations.  The names an annotation uses are imported under
``TYPE_CHECKING`` from where the resource module gets them.  ``--check`` exits 1 when a
generated module is stale.  Run ``tools/gen_type_exports.py`` afterwards.
"""
from __future__ import annotations

import ast
import builtins
import pathlib
import sys
from typing import Dict, List, Optional, Set, Tuple

from _generated import sync

ROOT = pathlib.Path(__file__).resolve().parent.parent
PKG = ROOT / "openai_lite"

# (resource module, class, method, target module under openai_lite/types, TypedDict name)
TABLE: List[Tuple[str, str, str, str, str]] = [
    ("resources/files.py", "Files", "create", "file_create_params", "FileCreateParams"),
    ("resources/files.py", "Files", "list", "file_list_params", "FileListParams"),
    ("resources/images.py", "Images", "generate", "image_generate_params", "ImageGenerateParams"),
    ("resources/images.py", "Images", "edit", "image_edit_params", "ImageEditParams"),
    ("resources/images.py", "Images", "create_variation", "image_create_variation_params",
     "ImageCreateVariationParams"),
    ("resources/moderations.py", "Moderations", "create", "moderation_create_params", "ModerationCreateParams"),
    ("resources/batches.py", "Batches", "create", "batch_create_params", "BatchCreateParams"),
    ("resources/batches.py", "Batches", "list", "batch_list_params", "BatchListParams"),
    ("resources/uploads/__init__.py", "Uploads", "create", "upload_create_params", "UploadCreateParams"),
    ("resources/uploads/__init__.py", "Uploads", "complete", "upload_complete_params", "UploadCompleteParams"),
    ("resources/uploads/parts.py", "Parts", "create", "uploads/part_create_params", "PartCreateParams"),
    ("resources/audio/speech.py", "Speech", "create", "audio/speech_create_params", "SpeechCreateParams"),
    ("resources/audio/transcriptions.py", "Transcriptions", "create", "audio/transcription_create_params",
     "TranscriptionCreateParams"),
    ("resources/audio/translations.py", "Translations", "create", "audio/translation_create_params",
     "TranslationCreateParams"),
    ("resources/vector_stores/__init__.py", "VectorStores", "create", "vector_store_create_params",
     "VectorStoreCreateParams"),
    ("resources/vector_stores/__init__.py", "VectorStores", "update", "vector_store_update_params",
     "VectorStoreUpdateParams"),
    ("resources/vector_stores/__init__.py", "VectorStores", "list", "vector_store_list_params",
     "VectorStoreListParams"),
    ("resources/vector_stores/__init__.py", "VectorStores", "search", "vector_store_search_params",
     "VectorStoreSearchParams"),
    ("resources/vector_stores/files.py", "Files", "create", "vector_stores/file_create_params", "FileCreateParams"),
    ("resources/vector_stores/files.py", "Files", "update", "vector_stores/file_update_params", "FileUpdateParams"),
    ("resources/vector_stores/files.py", "Files", "list", "vector_stores/file_list_params", "FileListParams"),
    ("resources/vector_stores/file_batches.py", "FileBatches", "create", "vector_stores/file_batch_create_params",
     "FileBatchCreateParams"),
    ("resources/vector_stores/file_batches.py", "FileBatches", "list_files",
     "vector_stores/file_batch_list_files_params", "FileBatchListFilesParams"),
    ("resources/fine_tuning/jobs/__init__.py", "Jobs", "create", "fine_tuning/job_create_params", "JobCreateParams"),
    ("resources/fine_tuning/jobs/__init__.py", "Jobs", "list", "fine_tuning/job_list_params", "JobListParams"),
    ("resources/fine_tuning/jobs/__init__.py", "Jobs", "list_events", "fine_tuning/job_list_events_params",
     "JobListEventsParams"),
    ("resources/fine_tuning/jobs/checkpoints.py", "Checkpoints", "list", "fine_tuning/jobs/checkpoint_list_params",
     "CheckpointListParams"),
    ("resources/fine_tuning/checkpoints/permissions.py", "Permissions", "create",
     "fine_tuning/checkpoints/permission_create_params", "PermissionCreateParams"),
    ("resources/fine_tuning/checkpoints/permissions.py", "Permissions", "retrieve",
     "fine_tuning/checkpoints/permission_retrieve_params", "PermissionRetrieveParams"),
    ("resources/fine_tuning/checkpoints/permissions.py", "Permissions", "list",
     "fine_tuning/checkpoints/permission_list_params", "PermissionListParams"),
    ("resources/fine_tuning/alpha/graders.py", "Graders", "run", "fine_tuning/alpha/grader_run_params",
     "GraderRunParams"),
    ("resources/fine_tuning/alpha/graders.py", "Graders", "validate", "fine_tuning/alpha/grader_validate_params",
     "GraderValidateParams"),
    ("resources/containers/__init__.py", "Containers", "create", "container_create_params", "ContainerCreateParams"),
    ("resources/containers/__init__.py", "Containers", "list", "container_list_params", "ContainerListParams"),
    ("resources/containers/files/__init__.py", "Files", "create", "containers/file_create_params",
     "FileCreateParams"),
    ("resources/containers/files/__init__.py", "Files", "list", "containers/file_list_params", "FileListParams"),
    ("resources/evals/__init__.py", "Evals", "create", "eval_create_params", "EvalCreateParams"),
    ("resources/evals/__init__.py", "Evals", "update", "eval_update_params", "EvalUpdateParams"),
    ("resources/evals/__init__.py", "Evals", "list", "eval_list_params", "EvalListParams"),
    ("resources/evals/runs/__init__.py", "Runs", "create", "evals/run_create_params", "RunCreateParams"),
    ("resources/evals/runs/__init__.py", "Runs", "list", "evals/run_list_params", "RunListParams"),
    ("resources/videos.py", "Videos", "create", "video_create_params", "VideoCreateParams"),
    ("resources/videos.py", "Videos", "list", "video_list_params", "VideoListParams"),
    ("resources/videos.py", "Videos", "remix", "video_remix_params", "VideoRemixParams"),
    ("resources/videos.py", "Videos", "edit", "video_edit_params", "VideoEditParams"),
    ("resources/videos.py", "Videos", "extend", "video_extend_params", "VideoExtendParams"),
    ("resources/videos.py", "Videos", "create_character", "video_create_character_params",
     "VideoCreateCharacterParams"),
    ("resources/videos.py", "Videos", "download_content", "video_download_content_params",
     "VideoDownloadContentParams"),
    ("resources/skills/__init__.py", "Skills", "create", "skill_create_params", "SkillCreateParams"),
    ("resources/skills/__init__.py", "Skills", "update", "skill_update_params", "SkillUpdateParams"),
    ("resources/skills/__init__.py", "Skills", "list", "skill_list_params", "SkillListParams"),
    ("resources/content_provenance_checks.py", "ContentProvenanceChecks", "create",
     "content_provenance_check_create_params", "ContentProvenanceCheckCreateParams"),
    ("resources/beta/assistants.py", "Assistants", "create", "beta/assistant_create_params",
     "AssistantCreateParams"),
    ("resources/beta/assistants.py", "Assistants", "update", "beta/assistant_update_params",
     "AssistantUpdateParams"),
    ("resources/beta/assistants.py", "Assistants", "list", "beta/assistant_list_params", "AssistantListParams"),
    ("resources/beta/threads/__init__.py", "Threads", "create", "beta/thread_create_params", "ThreadCreateParams"),
    ("resources/beta/threads/__init__.py", "Threads", "update", "beta/thread_update_params", "ThreadUpdateParams"),
    ("resources/beta/threads/__init__.py", "Threads", "create_and_run", "beta/thread_create_and_run_params",
     "ThreadCreateAndRunParams"),
    ("resources/beta/threads/messages.py", "Messages", "create", "beta/threads/message_create_params",
     "MessageCreateParams"),
    ("resources/beta/threads/messages.py", "Messages", "update", "beta/threads/message_update_params",
     "MessageUpdateParams"),
    ("resources/beta/threads/messages.py", "Messages", "list", "beta/threads/message_list_params",
     "MessageListParams"),
    ("resources/beta/threads/runs/__init__.py", "Runs", "create", "beta/threads/run_create_params",
     "RunCreateParams"),
    ("resources/beta/threads/runs/__init__.py", "Runs", "update", "beta/threads/run_update_params",
     "RunUpdateParams"),
    ("resources/beta/threads/runs/__init__.py", "Runs", "list", "beta/threads/run_list_params", "RunListParams"),
    ("resources/beta/threads/runs/__init__.py", "Runs", "submit_tool_outputs",
     "beta/threads/run_submit_tool_outputs_params", "RunSubmitToolOutputsParams"),
]

TYPING = {"Any", "Dict", "Iterable", "List", "Literal", "Mapping", "Optional", "Sequence", "Tuple", "Union"}
SKIP = {"extra_headers", "extra_query", "extra_body", "timeout"}
HEADER = ("# Generated by tools/gen_params.py from the signature of\n"
          "# {where}: change the method, then run the tool.\n")


def _module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(tree: ast.Module, module: str, is_package: bool) -> Dict[str, Tuple[str, str]]:
    """name -> (absolute module, name there), for every import and top-level definition."""
    package = module if is_package else module.rpartition(".")[0]
    out: Dict[str, Tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module != "__future__":
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = (base + "." + node.module if node.module else base) if node.level else node.module or ""
            for alias in node.names:
                out[alias.asname or alias.name] = (target, alias.name)
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            out.setdefault(node.name, (module, node.name))
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    out.setdefault(t.id, (module, t.id))
    return out


def _method(tree: ast.Module, cls: str, name: str) -> ast.FunctionDef:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            found: Optional[ast.FunctionDef] = None
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == name and not any(
                        getattr(d, "id", getattr(d, "attr", "")) == "overload" for d in item.decorator_list):
                    found = item
            if found is not None:
                return found
    raise SystemExit(f"no method {cls}.{name}")


class _DropNotGiven(ast.NodeTransformer):
    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        self.generic_visit(node)
        if getattr(node.value, "id", None) in ("Union", "Optional"):
            elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            kept = [e for e in elts if getattr(e, "id", None) != "NotGiven"]
            if node.value.id == "Optional":  # type: ignore[attr-defined]
                return node
            if len(kept) == 1:
                return kept[0]
            node.slice = ast.Tuple(elts=kept, ctx=ast.Load()) if isinstance(node.slice, ast.Tuple) else kept[0]
        return node


def _names(node: ast.AST) -> Set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _relative(target: str, source: str) -> str:
    """``from X import`` text for importing ``source`` (absolute) into module ``target``."""
    tparts = target.split(".")[:-1]  # target's package
    sparts = source.split(".")
    common = 0
    while common < min(len(tparts), len(sparts)) and tparts[common] == sparts[common]:
        common += 1
    dots = "." * (len(tparts) - common + 1)
    return dots + ".".join(sparts[common:])


def render(entry: Tuple[str, str, str, str, str]) -> Tuple[pathlib.Path, str]:
    res_path, cls, meth, target_rel, td_name = entry
    src = PKG / res_path
    tree = ast.parse(src.read_text())
    module = _module_name(src)
    table = _imports(tree, module, src.name == "__init__.py")
    fn = _method(tree, cls, meth)
    args = fn.args
    required: List[Tuple[str, str]] = []
    optional: List[Tuple[str, str]] = []
    used: Set[str] = set()
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        if arg.arg in SKIP or arg.annotation is None:
            continue
        ann = _DropNotGiven().visit(ast.parse(ast.unparse(arg.annotation), mode="eval").body)
        used |= _names(ann)
        (required if default is None else optional).append((arg.arg, ast.unparse(ann)))
    target_module = "openai_lite.types." + target_rel.replace("/", ".")
    typing_names = sorted((used & TYPING) | {"TypedDict"})
    lines = ["from __future__ import annotations", "", f"from typing import {', '.join(typing_names)}", ""]
    others = sorted(used - TYPING - set(dir(builtins)))
    if others:
        lines += ["TYPE_CHECKING = False", "if TYPE_CHECKING:"]
        for name in others:
            where = table.get(name)
            if where is None:
                raise SystemExit(f"{res_path}: cannot tell where {name} comes from")
            mod, orig = where
            alias = f" as {name}" if orig != name else ""
            lines.append(f"    from {_relative(target_module, mod)} import {orig}{alias}")
        lines.append("")
    lines += [f'__all__ = ["{td_name}"]', "", ""]
    if required and optional:
        lines.append(f"class _{td_name}Required(TypedDict):")
        lines += [f"    {k}: {v}" for k, v in required] + ["", ""]
        lines.append(f"class {td_name}(_{td_name}Required, total=False):")
        lines += [f"    {k}: {v}" for k, v in optional]
    elif required:
        lines.append(f"class {td_name}(TypedDict):")
        lines += [f"    {k}: {v}" for k, v in required]
    else:
        lines.append(f"class {td_name}(TypedDict, total=False):")
        lines += [f"    {k}: {v}" for k, v in optional] or ["    pass"]
    text = HEADER.format(where=f"{module}.{cls}.{meth}") + "\n".join(lines) + "\n"
    return PKG / "types" / (target_rel + ".py"), text


def main(argv: List[str]) -> int:
    return sync((render(entry) for entry in TABLE), argv, ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
