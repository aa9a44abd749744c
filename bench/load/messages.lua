-- wrk script: Bot Framework activities with deliveryMode "expectReplies" (answered inline).
-- Every request has its own activity id (the channel de-duplicates by id); people and questions rotate.
local questions = {
  "Wo kann ich Deutsch lernen?", "Kita Anmeldung", "Arzt am Wochenende", "Wohnung suchen",
  "Where can I learn German?", "doctor", "Sprachkurs", "Beratung für Familien",
}
local people = 1000
local counter = 0
local thread_id = 0
-- "distinct" (wrk ... -- distinct) makes every question different, so no search or detection result is reused.
local distinct = false

-- Ids must not repeat across runs either (the server remembers them for a day): each run has its own number.
local run = os.time()

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  distinct = args[1] == "distinct"
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local person = (counter * 7 + thread_id) % people
  local question = questions[counter % #questions + 1]
  if distinct then
    question = question .. " " .. thread_id .. "x" .. counter
  end
  local body = string.format(
    '{"type":"message","id":"load-%d-%d-%d","text":"%s","locale":"de-DE","channelId":"emulator",' ..
    '"serviceUrl":"http://127.0.0.1:9","deliveryMode":"expectReplies",' ..
    '"from":{"id":"person-%d"},"recipient":{"id":"bot"},"conversation":{"id":"conversation-%d"}}',
    run, thread_id, counter, question, person, person)
  return wrk.format(nil, "/api/messages", nil, body)
end
