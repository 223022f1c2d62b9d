-- Real Neovim (0.12) as an LSP client of `python -m rice_lsp`, configured by the README's editors/nvim/rice.lua;
-- run headless by test_neovim.py (cwd = the sample workspace):
--   RICE_PY=python RICE_CONFIG=editors/nvim/rice.lua OUTFILE=out.json \
--   FILES='[{"file":"app.py","hover":[7,30],"diagnostics":true},{"file":"route.ts","hover":[12,45]},{"file":"triage.prompt"}]' \
--     nvim --headless -n -i NONE -u NONE -c "luafile nvim_client.lua"
-- Opens each file in turn (one server, as a user would) and collects what the server sent for it (filetype,
-- diagnostics if asked, inlay hints and their drawn virtual text, hover if asked, code lenses) into a JSON file.
-- Every wait is on a condition (vim.wait with a predicate); a missing result is recorded, not hidden.
local TIMEOUT_MS = tonumber(os.getenv("RICE_NVIM_TIMEOUT_MS") or "30000")
local result = { errors = {}, files = {} }

local function client_of(buf) return vim.lsp.get_clients({ bufnr = buf, name = "rice" })[1] end

local function open(file, note)
  vim.cmd.edit(vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  if not vim.wait(TIMEOUT_MS, function() return client_of(buf) ~= nil end, 50) then
    note("the rice client did not attach (filetype " .. vim.bo[buf].filetype .. ")")
    return buf, nil
  end
  return buf, client_of(buf).id
end

local function collect_diagnostics(buf, out, note)
  if not vim.wait(TIMEOUT_MS, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
    note("no diagnostics within " .. TIMEOUT_MS .. " ms")
  end
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, { line = d.lnum, col = d.col, severity = d.severity, code = d.code, message = d.message })
  end
end

local function collect_inlay_hints(buf, out, note)
  -- rice.lua's LspAttach handler enables them
  out.inlay_hints_enabled = vim.wait(TIMEOUT_MS, function() return vim.lsp.inlay_hint.is_enabled({ bufnr = buf }) end, 50)
  if not vim.wait(TIMEOUT_MS, function() return #vim.lsp.inlay_hint.get({ bufnr = buf }) > 0 end, 50) then
    note("no inlay hints within " .. TIMEOUT_MS .. " ms")
  end
  out.hints = {}
  for _, h in ipairs(vim.lsp.inlay_hint.get({ bufnr = buf })) do
    local label = h.inlay_hint.label
    if type(label) == "table" then
      label = table.concat(vim.tbl_map(function(part) return part.value end, label))
    end
    table.insert(out.hints, { line = h.inlay_hint.position.line, character = h.inlay_hint.position.character, label = label })
  end
  -- what a user sees: the virtual text Neovim draws for the hints
  vim.cmd("redraw!")
  out.virt_text = {}
  for _, m in ipairs(vim.api.nvim_buf_get_extmarks(buf, -1, 0, -1, { details = true })) do
    if m[4].virt_text then
      local text = table.concat(vim.tbl_map(function(chunk) return chunk[1] end, m[4].virt_text))
      table.insert(out.virt_text, { line = m[2], text = text })
    end
  end
end

local function collect_hover(buf, out, note, line, character)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = character } }
  local responses, err = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, TIMEOUT_MS)
  if not responses then note("hover: " .. tostring(err)) return end
  for _, r in pairs(responses) do
    if r.err then note("hover error: " .. vim.inspect(r.err)) end
    if r.result and r.result.contents then out.hover = r.result.contents.value or r.result.contents end
  end
end

local function collect_code_lenses(buf, out, note)   -- rice.lua refreshes them on LspAttach
  if not vim.wait(TIMEOUT_MS, function() return #vim.lsp.codelens.get(buf) > 0 end, 50) then
    note("no code lenses within " .. TIMEOUT_MS .. " ms")
  end
  out.lenses = {}
  for _, l in ipairs(vim.lsp.codelens.get(buf)) do
    table.insert(out.lenses, { line = l.range.start.line, title = l.command and l.command.title or vim.NIL })
  end
end

local function collect_file(spec)
  local out = {}
  result.files[spec.file] = out
  local function note(msg) table.insert(result.errors, spec.file .. ": " .. msg) end
  local buf, id = open(spec.file, note)
  out.filetype = vim.bo[buf].filetype
  if not id then return nil end
  if spec.diagnostics then collect_diagnostics(buf, out, note) end
  collect_inlay_hints(buf, out, note)
  if spec.hover then collect_hover(buf, out, note, spec.hover[1], spec.hover[2]) end
  collect_code_lenses(buf, out, note)
  return id
end

local function main()
  local v = vim.version()
  result.nvim = string.format("%d.%d.%d", v.major, v.minor, v.patch)
  vim.g.rice_python = os.getenv("RICE_PY")
  dofile(os.getenv("RICE_CONFIG"))          -- the documented configuration, as a user would paste it
  vim.cmd("filetype on")
  vim.o.columns, vim.o.lines = 160, 60      -- a screen that shows every call of the sample files with its hint
  local ids = {}
  for _, spec in ipairs(vim.json.decode(os.getenv("FILES") or '[{"file":"app.py"}]')) do
    local id = collect_file(spec)
    if id then ids[id] = true end
  end
  result.clients = vim.tbl_count(ids)       -- one server for all the files of the workspace
  for id in pairs(ids) do vim.lsp.stop_client(id) end
  vim.wait(2000, function() return #vim.lsp.get_clients({ name = "rice" }) == 0 end, 50)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then table.insert(result.errors, "lua error: " .. tostring(err)) end
local written = pcall(function()
  vim.fn.writefile({ vim.json.encode(result) }, os.getenv("OUTFILE") or "nvim_out.json")
end)
vim.cmd((ok and written and #result.errors == 0) and "qa!" or "cq!")
