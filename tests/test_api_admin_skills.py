"""admin.organization.*, skills.* and content_provenance_checks: every endpoint on the wire
(driven by the reference table; admin calls carry the admin key), then specific bodies."""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List

import pytest

from openai_lite import AsyncOpenAI, OpenAI
from tests.apiserver import Reply
from tests.test_api_beta_endpoints import (  # noqa: F401  (endpoint_api is a fixture)
    MODES, check_parameters, endpoint_api, ids, load_rows, resource_of, run_row,
)

ROWS = load_rows("admin.", "skills.", "content_provenance_checks.")


def test_every_row_is_covered() -> None:
    assert len(ROWS) == 131


@pytest.mark.parametrize("row", ROWS, ids=ids)
def test_parameters_match_the_spec(row: Dict[str, str]) -> None:
    check_parameters(row)


@pytest.mark.parametrize("is_async,mode", MODES, ids=lambda v: str(v))
@pytest.mark.parametrize("row", ROWS, ids=ids)
def test_endpoint_on_the_wire(endpoint_api: Any, row: Dict[str, str], is_async: bool, mode: str) -> None:
    run_row(endpoint_api, row, is_async, mode)


def admin_of(c: Any) -> Any:
    # `client.admin` once _client.py lists it; the class itself until then
    return resource_of(c, "admin.organization.x")[0]


def skills_of(c: Any) -> Any:
    return resource_of(c, "skills.x")[0]


def test_admin_calls_use_only_the_admin_key(api: Any) -> None:
    api.default = Reply(200, {"object": "organization.project", "id": "proj_1", "name": "P", "created_at": 1,
                              "status": "active", "archived_at": None})
    calls: List[int] = []

    def key() -> str:
        calls.append(1)
        return "sk-dynamic"

    c = OpenAI(api_key=key, admin_api_key="sk-admin", base_url=api.base_url, max_retries=0)
    p = admin_of(c).projects.retrieve("proj_1")
    assert api.last.headers["authorization"] == "Bearer sk-admin" and calls == []
    assert type(p).__name__ == "Project" and p.status == "active"
    only_admin = OpenAI(admin_api_key="sk-admin", base_url=api.base_url, max_retries=0)
    admin_of(only_admin).projects.archive("proj_1")
    assert (api.last.method, api.last.path) == ("POST", "/v1/organization/projects/proj_1/archive")
    assert api.last.headers["authorization"] == "Bearer sk-admin"
    # an explicit header still wins, as for any endpoint
    admin_of(only_admin).projects.retrieve("proj_1", extra_headers={"Authorization": "Bearer other"})
    assert api.last.headers["authorization"] == "Bearer other"
    n = len(api.requests)
    with pytest.raises(TypeError, match="Could not resolve authentication method"):
        skills_of(only_admin).list()  # a bearer endpoint with no api key
    no_admin = OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0)
    with pytest.raises(TypeError, match="Could not resolve authentication method"):
        admin_of(no_admin).projects.list()
    assert len(api.requests) == n


def test_async_admin_auth(api: Any) -> None:
    api.default = Reply(200, {"object": "list", "data": [{"id": "u1", "object": "organization.user"}],
                              "has_more": False, "last_id": "u1"})

    async def main() -> Any:
        async with AsyncOpenAI(admin_api_key="sk-admin", base_url=api.base_url, max_retries=0) as c:
            return [u.id async for u in admin_of(c).users.list(emails=["a@x.test", "b@x.test"])]

    assert asyncio.run(main()) == ["u1"]
    assert api.last.params == [("emails[]", "a@x.test"), ("emails[]", "b@x.test")]
    assert api.last.headers["authorization"] == "Bearer sk-admin"


def admin_client(api: Any) -> OpenAI:
    return OpenAI(admin_api_key="sk-admin", base_url=api.base_url, max_retries=0)


def test_usage_and_costs_queries(api: Any) -> None:
    api.default = Reply(200, {"object": "page", "has_more": False, "next_page": None, "data": [
        {"object": "bucket", "start_time": 0, "end_time": 86400, "results": [
            {"object": "organization.usage.completions.result", "input_tokens": 10, "output_tokens": 5,
             "num_model_requests": 1, "project_id": "proj_1", "model": "gpt-4o", "batch": False},
            {"object": "organization.costs.result", "amount": {"value": 0.12, "currency": "usd"},
             "line_item": "gpt-4o", "project_id": None}]}]})
    org = admin_of(admin_client(api))
    usage = org.usage.completions(start_time=1730419200, bucket_width="1d", project_ids=["proj_1", "proj_2"],
                                  group_by=["model"], batch=False, limit=7)
    assert api.last.path == "/v1/organization/usage/completions"
    assert api.last.params == [("start_time", "1730419200"), ("batch", "false"), ("bucket_width", "1d"),
                               ("group_by[]", "model"), ("limit", "7"), ("project_ids[]", "proj_1"),
                               ("project_ids[]", "proj_2")]
    first, cost = usage.data[0].results
    assert type(first).__name__ == "UsageCompletionsResult" and first.input_tokens == 10
    assert type(cost).__name__ == "CostsResult" and cost.amount.value == 0.12
    costs = org.usage.costs(start_time=1, page="cursor_2")
    assert api.last.target == "/v1/organization/costs?start_time=1&page=cursor_2"
    assert type(costs).__name__ == "UsageCostsResponse"


def test_audit_logs_filters(api: Any) -> None:
    api.default = Reply(200, {"object": "list", "has_more": False, "first_id": "e1", "last_id": "e1", "data": [
        {"id": "e1", "type": "api_key.created", "effective_at": 1,
         "actor": {"type": "session", "session": {"user": {"id": "u", "email": "a@x.test"}, "ip_address": "1.2.3.4"}},
         "api_key.created": {"id": "key_1", "data": {"scopes": ["api.model.read"]}}}]})
    page = admin_of(admin_client(api)).audit_logs.list(effective_at={"gt": 10, "lte": 20},
                                                       event_types=["api_key.created"], limit=1)
    assert api.last.params == [("effective_at[gt]", "10"), ("effective_at[lte]", "20"),
                               ("event_types[]", "api_key.created"), ("limit", "1")]
    e = page.data[0]
    assert e.api_key_created is not None and e.api_key_created.id == "key_1"
    assert e.to_dict()["api_key.created"]["data"] == {"scopes": ["api.model.read"]}
    assert type(page).__name__ == "SyncConversationCursorPage"


def test_next_cursor_pagination_of_roles(api: Any) -> None:
    role = {"object": "role", "id": "role_1", "name": "Reader", "permissions": ["read"], "resource_type": "api.organization",
            "predefined_role": False, "description": None}
    api.queue(Reply(200, {"object": "list", "data": [role], "has_more": True, "next": "cur_2"}),
              Reply(200, {"object": "list", "data": [dict(role, id="role_2")], "has_more": False, "next": None}))
    org = admin_of(admin_client(api))
    got = [r.id for r in org.roles.list(limit=1)]
    assert got == ["role_1", "role_2"]
    assert api.requests[-1].target == "/v1/organization/roles?limit=1&after=cur_2"
    api.default = Reply(200, role)
    org.roles.create(role_name="Reader", permissions=["read"], description=None)
    assert api.last.json() == {"permissions": ["read"], "role_name": "Reader", "description": None}
    org.projects.roles.update("role_1", project_id="proj_1", permissions=["write"])
    assert (api.last.path, api.last.json()) == ("/v1/projects/proj_1/roles/role_1", {"permissions": ["write"]})
    org.users.roles.create("user_1", role_id="role_1")
    assert (api.last.path, api.last.json()) == ("/v1/organization/users/user_1/roles", {"role_id": "role_1"})
    org.projects.groups.roles.delete("role_1", project_id="proj_1", group_id="grp_1")
    assert (api.last.method, api.last.path) == ("DELETE", "/v1/projects/proj_1/groups/grp_1/roles/role_1")


def test_projects_invites_certificates_and_limits(api: Any) -> None:
    org = admin_of(admin_client(api))
    api.default = Reply(200, {"object": "organization.invite", "id": "inv_1", "email": "a@x.test",
                              "role": "reader", "status": "pending", "invited_at": 1, "expires_at": 2,
                              "projects": [{"id": "proj_1", "role": "member"}]})
    inv = org.invites.create(email="a@x.test", role="reader", projects=[{"id": "proj_1", "role": "member"}])
    assert api.last.json() == {"email": "a@x.test", "role": "reader", "projects": [{"id": "proj_1", "role": "member"}]}
    assert inv.projects is not None and inv.projects[0].role == "member"
    api.default = Reply(200, {"object": "list", "data": [{"object": "organization.certificate", "id": "cert_1",
                                                          "name": "c", "active": True, "created_at": 1,
                                                          "certificate_details": {"valid_at": 1, "expires_at": 2}}]})
    page = org.certificates.activate(certificate_ids=["cert_1"])
    assert (api.last.path, api.last.json()) == ("/v1/organization/certificates/activate", {"certificate_ids": ["cert_1"]})
    assert type(page).__name__ == "SyncPage" and page.data[0].active is True
    org.projects.certificates.deactivate("proj_1", certificate_ids=["cert_1"])
    assert api.last.path == "/v1/organization/projects/proj_1/certificates/deactivate"
    api.default = Reply(200, {"object": "project.rate_limit", "id": "rl_1", "model": "gpt-4o",
                              "max_requests_per_1_minute": 5, "max_tokens_per_1_minute": 100})
    rl = org.projects.rate_limits.update_rate_limit("rl_1", project_id="proj_1", max_requests_per_1_minute=5)
    assert (api.last.path, api.last.json()) == ("/v1/organization/projects/proj_1/rate_limits/rl_1",
                                               {"max_requests_per_1_minute": 5})
    assert rl.max_tokens_per_1_minute == 100
    api.default = Reply(200, {"object": "project", "id": "proj_2", "name": "New", "created_at": 1, "status": "active"})
    org.projects.create(name="New", external_key_id=None)
    assert api.last.json() == {"name": "New", "external_key_id": None}
    api.default = Reply(200, {"object": "organization.spend_limit", "threshold_amount": 100, "currency": "USD",
                              "interval": "month"})
    org.projects.spend_limit.update("proj_1", threshold_amount=100, currency="USD", interval="month")
    assert api.last.json() == {"currency": "USD", "interval": "month", "threshold_amount": 100}
    org.data_retention.update(retention_type="zero_data_retention")
    assert (api.last.path, api.last.json()) == ("/v1/organization/data_retention",
                                               {"retention_type": "zero_data_retention"})


def test_service_account_keys_and_admin_keys(api: Any) -> None:
    org = admin_of(admin_client(api))
    api.default = Reply(200, {"object": "organization.admin_api_key", "id": "key_1", "name": "k",
                              "redacted_value": "sk-admin...abc", "value": "sk-admin-full", "created_at": 1,
                              "owner": {"type": "user", "id": "u", "name": "n", "role": "owner"}})
    k = org.admin_api_keys.create(name="k", expires_in_seconds=3600)
    assert api.last.json() == {"name": "k", "expires_in_seconds": 3600}
    assert k.value == "sk-admin-full"
    org.admin_api_keys.list(order="desc", after="key_0")
    assert api.last.target == "/v1/organization/admin_api_keys?after=key_0&order=desc"
    org.projects.service_accounts.api_keys.create("sa_1", project_id="proj_1", name="ci")
    assert api.last.path == "/v1/organization/projects/proj_1/service_accounts/sa_1/api_keys"
    org.projects.api_keys.delete("key_9", project_id="proj_1")
    assert (api.last.method, api.last.path) == ("DELETE", "/v1/organization/projects/proj_1/api_keys/key_9")


# ---- skills ---------------------------------------------------------------------------------

SKILL = {"id": "skill_1", "object": "skill", "name": "pdf", "description": "d", "created_at": 1,
         "default_version": "1", "latest_version": "2"}


def test_skill_create_is_multipart_only_with_files(api: Any) -> None:
    api.default = Reply(200, SKILL)
    c = OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0)
    s = skills_of(c).create(files=[("SKILL.md", b"# pdf", "text/markdown"), ("run.py", b"print(1)")])
    ct = api.last.headers["content-type"]
    assert ct.startswith("multipart/form-data; boundary=")
    boundary = ct.split("boundary=")[1].encode()
    parts = api.last.body.split(b"--" + boundary)[1:-1]
    assert [p.split(b"\r\n")[1] for p in parts] == [
        b'Content-Disposition: form-data; name="files[]"; filename="SKILL.md"',
        b'Content-Disposition: form-data; name="files[]"; filename="run.py"']
    assert type(s).__name__ == "Skill" and s.default_version == "1"
    skills_of(c).create(files=("bundle.zip", b"PK..", "application/zip"))
    assert b'name="files"; filename="bundle.zip"' in api.last.body
    skills_of(c).create()
    assert api.last.headers["content-type"] == "application/json" and api.last.body == b"{}"
    with pytest.raises(RuntimeError, match="Expected entry at `files"):
        skills_of(c).create(files="SKILL.md")


def test_skill_versions_content_and_update(api: Any) -> None:
    c = OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0)
    api.default = Reply(200, {"id": "skillver_1", "object": "skill.version", "skill_id": "skill_1", "version": "2",
                              "created_at": 1, "name": "pdf", "description": "d"})
    v = skills_of(c).versions.create("skill_1", default=True, files=[("SKILL.md", b"x")])
    body = api.last.body
    assert body.index(b'name="default"') < body.index(b'name="files[]"') and b"\r\n\r\ntrue\r\n" in body
    assert v.version == "2"
    skills_of(c).versions.create("skill_1", default=False)
    assert api.last.json() == {"default": False}
    skills_of(c).versions.retrieve("2", skill_id="skill_1")
    assert api.last.path == "/v1/skills/skill_1/versions/2"
    api.default = Reply(200, b"PK\x03\x04", headers={"Content-Type": "application/zip"})
    data = skills_of(c).versions.content.retrieve("2", skill_id="skill_1")
    assert api.last.path == "/v1/skills/skill_1/versions/2/content"
    assert api.last.headers["accept"] == "application/binary" and data.content == b"PK\x03\x04"
    skills_of(c).content.retrieve("skill_1")
    assert (api.last.path, api.last.headers["accept"]) == ("/v1/skills/skill_1/content", "application/binary")
    api.default = Reply(200, SKILL)
    skills_of(c).update("skill_1", default_version="2")
    assert api.last.json() == {"default_version": "2"}
    skills_of(c).list(order="asc", limit=2)
    assert api.last.target == "/v1/skills?limit=2&order=asc"


def test_content_provenance_check_upload(api: Any) -> None:
    api.default = Reply(200, {"object": "content_provenance_check", "created_at": 1, "results": [
        {"type": "c2pa", "detected": True}]})
    c = OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0)
    resource, _ = resource_of(c, "content_provenance_checks.create")
    check = resource.create(file=("photo.png", b"\x89PNG", "image/png"))
    assert api.last.path == "/v1/content_provenance_checks"
    assert api.last.headers["content-type"].startswith("multipart/form-data")
    assert b'name="file"; filename="photo.png"\r\nContent-Type: image/png' in api.last.body
    assert check.results[0].type == "c2pa"
