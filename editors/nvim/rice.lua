-- R-ICE language server for Neovim >= 0.10 (inlay hints need 0.10; tested with 0.12 by tests/editors/test_neovim.py).
-- Copy into your init.lua, or save as ~/.config/nvim/plugin/rice.lua. Needs R-ICE installed (from a clone of R-ICE:
-- pip install /path/to/r-ice): runs `rice lsp`, or `<python> -I -m rice_lsp` with the Python that `vim.g.rice_python`
-- names (for a virtual environment e.g. vim.g.rice_python = "/path/to/project/.venv/bin/python"). Python runs
-- isolated (-I) so that the opened project's own files (a yaml.py) are never imported.
local function rice_cmd()
  if vim.g.rice_python then return { vim.g.rice_python, "-I", "-m", "rice_lsp" } end
  if vim.fn.executable("rice") == 1 then return { "rice", "lsp" } end
  return { "python3", "-I", "-m", "rice_lsp" }
end
vim.filetype.add({ extension = { prompt = "rice-prompt", prompty = "rice-prompt", j2 = "jinja", jinja = "jinja" } })

vim.api.nvim_create_autocmd("FileType", {
  pattern = { "python", "javascript", "javascriptreact", "typescript", "typescriptreact", "rice-prompt", "jinja" },
  callback = function(args)
    vim.lsp.start({
      name = "rice",
      cmd = rice_cmd(),
      root_dir = vim.fs.root(args.buf, { "rice.yaml", ".rice.yaml", "pyproject.toml", ".git" }) or vim.fn.getcwd(),
      init_options = vim.empty_dict(), -- editor settings, e.g. { debounceMs = 300, codeLens = { enabled = true } }
    }, { bufnr = args.buf })
  end,
})

vim.api.nvim_create_autocmd("LspAttach", {
  callback = function(args)
    local client = vim.lsp.get_client_by_id(args.data.client_id)
    if not client or client.name ~= "rice" then return end
    vim.lsp.inlay_hint.enable(true, { bufnr = args.buf })   -- ≈ 1.2k→300 tok · 0.42 Wh · 0.16 gCO₂e
    vim.lsp.codelens.refresh({ bufnr = args.buf })           -- 4.9 kg CO₂e/month at 1,000/day · 20% of budget
    vim.api.nvim_create_autocmd({ "BufEnter", "InsertLeave", "BufWritePost" }, {
      buffer = args.buf,
      callback = function() vim.lsp.codelens.refresh({ bufnr = args.buf }) end,
    })
  end,
})
