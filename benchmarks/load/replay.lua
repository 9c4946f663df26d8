-- Replays the pre-signed requests of the file named by $REQUESTS (written by PresignRequests),
-- round robin. Each line: method TAB path TAB headers ("name: value" separated by 0x1F) TAB body.
local requests = {}
local counter = 0

function init(args)
  for line in io.lines(os.getenv("REQUESTS")) do
    local method, path, headers, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local fields = {}
    for header in (headers .. "\31"):gmatch("([^\31]*)\31") do
      local name, value = header:match("^([^:]+): (.*)$")
      if name then
        fields[name] = value
      end
    end
    requests[#requests + 1] = wrk.format(method, path, fields, body)
  end
  counter = math.random(#requests)
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end
