-- Run by test/server/neovim.test.ts: `nvim --headless --clean -c 'luafile attach.lua' FILE`.
-- Starts the server with Neovim's own LSP client (0.7: vim.lsp.start_client), attaches it to the
-- buffer, waits for diagnostics and prints them as one JSON line.
local function out(obj)
  io.stdout:write(vim.fn.json_encode(obj) .. '\n')
end

local client_id = vim.lsp.start_client({
  name = 'review-yaml',
  cmd = { os.getenv('REVIEW_YAML_NODE') or 'node', os.getenv('REVIEW_YAML_SERVER'), '--stdio' },
  root_dir = os.getenv('REVIEW_YAML_ROOT'),
  settings = vim.fn.json_decode(os.getenv('REVIEW_YAML_SETTINGS') or '{}'),
  -- Neovim 0.7 answers workspace/configuration but does not advertise it, so the settings are
  -- sent once after initialize (as nvim-lspconfig does).
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
})
if not client_id then
  out({ error = 'vim.lsp.start_client failed' })
  vim.cmd('cquit 1')
end
vim.lsp.buf_attach_client(0, client_id)

if not vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50) then
  out({ error = 'no diagnostics within 20 s' })
  vim.cmd('cquit 1')
end

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(diagnostics, {
    lnum = d.lnum, col = d.col, severity = d.severity, source = d.source, message = d.message,
    code = d.code or lsp.code,
  })
end
out({ diagnostics = diagnostics })
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
