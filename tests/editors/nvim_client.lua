-- Real Neovim (0.12) as an LSP client of `python -m rice_lsp`, configured by the README's editors/nvim/rice.lua;
-- run headless by test_neovim.py (cwd = the sample workspace):
--   RICE_PY=python RICE_CONFIG=editors/nvim/rice.lua FILE=app.py OUTFILE=out.json \
--     nvim --headless -n -i NONE -u NONE -c "luafile nvim_client.lua"
-- Collects what the server sent (diagnostics, inlay hints and their drawn virtual text, hover, code lenses) into a
-- JSON file. Every wait is on a condition (vim.wait with a predicate); a missing result is recorded, not hidden.
local TIMEOUT_MS = tonumber(os.getenv("RICE_NVIM_TIMEOUT_MS") or "30000")
local result = { errors = {} }
local buf

local function note(msg) table.insert(result.errors, msg) end

local function start_server()
  vim.g.rice_python = os.getenv("RICE_PY")
  dofile(os.getenv("RICE_CONFIG"))          -- the documented configuration, as a user would paste it
  vim.cmd("filetype on")
  vim.cmd.edit(vim.fn.fnameescape(os.getenv("FILE") or "app.py"))
  buf = vim.api.nvim_get_current_buf()
  local function client() return vim.lsp.get_clients({ bufnr = buf, name = "rice" })[1] end
  if not vim.wait(TIMEOUT_MS, function() return client() ~= nil end, 50) then
    error("the rice client did not attach (filetype " .. vim.bo[buf].filetype .. ")")
  end
  return client().id
end

local function collect_diagnostics()
  if not vim.wait(TIMEOUT_MS, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
    note("no diagnostics within " .. TIMEOUT_MS .. " ms")
  end
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, severity = d.severity, code = d.code, message = d.message })
  end
end

local function collect_inlay_hints()
  -- rice.lua's LspAttach handler enables them
  result.inlay_hints_enabled = vim.wait(TIMEOUT_MS, function() return vim.lsp.inlay_hint.is_enabled({ bufnr = buf }) end, 50)
  if not vim.wait(TIMEOUT_MS, function() return #vim.lsp.inlay_hint.get({ bufnr = buf }) > 0 end, 50) then
    note("no inlay hints within " .. TIMEOUT_MS .. " ms")
  end
  result.hints = {}
  for _, h in ipairs(vim.lsp.inlay_hint.get({ bufnr = buf })) do
    local label = h.inlay_hint.label
    if type(label) == "table" then
      label = table.concat(vim.tbl_map(function(part) return part.value end, label))
    end
    table.insert(result.hints, { line = h.inlay_hint.position.line, character = h.inlay_hint.position.character, label = label })
  end
  -- what a user sees: the virtual text Neovim draws for the hints
  vim.cmd("redraw!")
  result.virt_text = {}
  for _, m in ipairs(vim.api.nvim_buf_get_extmarks(buf, -1, 0, -1, { details = true })) do
    if m[4].virt_text then
      local text = table.concat(vim.tbl_map(function(chunk) return chunk[1] end, m[4].virt_text))
      table.insert(result.virt_text, { line = m[2], text = text })
    end
  end
end

local function collect_hover(line, character)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = character } }
  local responses, err = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, TIMEOUT_MS)
  if not responses then note("hover: " .. tostring(err)) return end
  for _, r in pairs(responses) do
    if r.err then note("hover error: " .. vim.inspect(r.err)) end
    if r.result and r.result.contents then result.hover = r.result.contents.value or r.result.contents end
  end
end

local function collect_code_lenses()   -- rice.lua refreshes them on LspAttach
  if not vim.wait(TIMEOUT_MS, function() return #vim.lsp.codelens.get(buf) > 0 end, 50) then
    note("no code lenses within " .. TIMEOUT_MS .. " ms")
  end
  result.lenses = {}
  for _, l in ipairs(vim.lsp.codelens.get(buf)) do
    table.insert(result.lenses, { line = l.range.start.line, title = l.command and l.command.title or vim.NIL })
  end
end

local function main()
  local v = vim.version()
  result.nvim = string.format("%d.%d.%d", v.major, v.minor, v.patch)
  local id = start_server()
  collect_diagnostics()
  collect_inlay_hints()
  collect_hover(tonumber(os.getenv("HOVER_LINE") or "0"), tonumber(os.getenv("HOVER_CHAR") or "0"))
  collect_code_lenses()
  vim.lsp.stop_client(id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then note("lua error: " .. tostring(err)) end
local written = pcall(function()
  vim.fn.writefile({ vim.json.encode(result) }, os.getenv("OUTFILE") or "nvim_out.json")
end)
vim.cmd((ok and written and #result.errors == 0) and "qa!" or "cq!")
