-- wrk script: Twilio SMS webhooks, form-encoded, each with its own MessageSid (Twilio de-duplicates by it).
-- A fresh MessageSid changes the signed fields, and wrk's Lua has no HMAC-SHA1, so the server runs with
-- Twilio:AllowUnsignedRequests=true for this benchmark; the signature check itself is one HMAC per request.
local questions = {
  "Wo+kann+ich+Deutsch+lernen%3F", "Kita+Anmeldung", "Arzt+am+Wochenende", "Wohnung+suchen",
  "Where+can+I+learn+German%3F", "doctor", "Sprachkurs", "Beratung+f%C3%BCr+Familien",
}
local people = 1000
local counter = 0
local thread_id = 0

-- Ids must not repeat across runs either (the server remembers them for a day): each run has its own number.
local run = os.time()

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  counter = counter + 1
  local person = (counter * 7 + thread_id) % people
  local body = string.format(
    "MessageSid=SMload%d%02d%010d&AccountSid=AC0000&From=%%2B4915%08d&To=%%2B4930123456&NumMedia=0&Body=%s",
    run, thread_id, counter, person, questions[counter % #questions + 1])
  return wrk.format(nil, "/api/twilio", nil, body)
end
