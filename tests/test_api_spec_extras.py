"""Endpoints of the API spec that SDK 3.3.1 lacks: voices, voice consents, realtime
translation client secrets."""
from openai_lite import OpenAI
from tests.apiserver import Reply

CONSENT = {"id": "vc_1", "object": "audio.voice_consent", "name": "Ann", "language": "en", "created_at": 1}


def client(api):
    return OpenAI(api_key="k", base_url=api.base_url, max_retries=0)


def test_voice_consents_round_trip(api):
    c = client(api)
    api.default = Reply(200, CONSENT)
    got = c.audio.voice_consents.create(name="Ann", language="en", recording=("c.wav", b"RIFF", "audio/wav"))
    assert got.id == "vc_1" and got.language == "en"
    r = api.last
    assert r.method == "POST" and r.path == "/v1/audio/voice_consents"
    assert r.headers["content-type"].startswith("multipart/form-data")
    assert b'name="recording"; filename="c.wav"' in r.body and b'name="language"' in r.body
    assert c.audio.voice_consents.retrieve("vc_1").name == "Ann" and api.last.path == "/v1/audio/voice_consents/vc_1"
    c.audio.voice_consents.update("vc_1", name="Bo")
    assert api.last.method == "POST" and api.last.json() == {"name": "Bo"}
    api.default = Reply(200, {"object": "list", "data": [CONSENT], "has_more": False})
    assert [v.id for v in c.audio.voice_consents.list(limit=5)] == ["vc_1"]
    assert api.last.query == "limit=5"
    api.default = Reply(200, {"id": "vc_1", "object": "audio.voice_consent.deleted", "deleted": True})
    assert c.audio.voice_consents.delete("vc_1").deleted is True and api.last.method == "DELETE"


def test_voices_and_translation_secrets(api):
    c = client(api)
    api.default = Reply(200, {"id": "voice_1", "object": "audio.voice", "name": "V", "created_at": 2})
    v = c.audio.voices.create(name="V", consent="vc_1", audio_sample=b"RIFF")
    assert v.id == "voice_1" and b'name="audio_sample"; filename="upload"' in api.last.body
    api.default = Reply(200, {"value": "ek_1", "expires_at": 3, "session": {"type": "translation"}})
    secret = c.realtime.translations.client_secrets.create(session={"type": "translation"})
    assert secret.value == "ek_1" and secret.session.type == "translation"
    assert api.last.path == "/v1/realtime/translations/client_secrets"
    assert api.last.json() == {"session": {"type": "translation"}}
