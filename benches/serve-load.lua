-- wrk script: GET /api/search for each query of a query file (class<TAB>query, as
-- search-bench reads it), in turn. since:DATE and until:DATE become the since and until
-- parameters. Usage: wrk ... -s benches/serve-load.lua URL -- benches/queries.tsv

local paths = {}
local next_path = 1

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

-- Tokens separated by spaces, a double-quoted phrase kept whole (as search-bench splits them).
local function tokens(s)
  local out, i = {}, 1
  while i <= #s do
    if s:sub(i, i):match("%s") then
      i = i + 1
    else
      local j, quoted = i, false
      while j <= #s do
        local c = s:sub(j, j)
        if c == '"' then
          quoted = not quoted
        elseif c:match("%s") and not quoted then
          break
        end
        j = j + 1
      end
      table.insert(out, s:sub(i, j - 1))
      i = j
    end
  end
  return out
end

local function path_of(query)
  local words, params = {}, {}
  for _, token in ipairs(tokens(query)) do
    local since = token:match("^since:(.+)$")
    local untl = token:match("^until:(.+)$")
    if since then
      table.insert(params, "since=" .. encode(since))
    elseif untl then
      table.insert(params, "until=" .. encode(untl))
    else
      table.insert(words, token)
    end
  end
  local path = "/api/search?q=" .. encode(table.concat(words, " "))
  for _, p in ipairs(params) do
    path = path .. "&" .. p
  end
  return path
end

function init(args)
  local file = assert(io.open(args[1] or "benches/queries.tsv", "r"))
  for line in file:lines() do
    if line:match("%S") and not line:match("^%s*#") then
      local query = line:match("^[^\t]*\t(.*)$") or line
      table.insert(paths, path_of(query))
    end
  end
  file:close()
  -- Each wrk thread starts at another place in the list.
  next_path = (math.random(#paths) - 1) % #paths + 1
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("status " .. status .. ": " .. body .. "\n")
  end
end
