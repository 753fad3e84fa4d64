/**
 * VS Code's proxy settings for our own HTTP agents (the same path as the CLI's, src/core/http/proxy):
 * `http.proxy` replaces HTTPS_PROXY/HTTP_PROXY, `http.noProxy` replaces NO_PROXY, `http.proxySupport: off`
 * means no proxy. Read on every request, so a change applies at once. With the default
 * `http.proxySupport: override`, VS Code may also wrap Node's http for extensions; both agree.
 * Private CAs: VS Code adds the system certificates (`http.systemCertificates`) to every TLS
 * connection that sets no `ca`, as ours (they never set one); that context leaves out Node's
 * NODE_EXTRA_CA_CERTS, which counts only with `http.systemCertificates` off (test/host/suite/72-private-ca).
 */
import * as vscode from 'vscode';
import type { ProxySettings } from '../core/http/proxy';

export function vscodeProxySettings(): ProxySettings | false {
  const c = vscode.workspace.getConfiguration('http');
  if (c.get<string>('proxySupport') === 'off') return false;
  const proxy = c.get<string>('proxy')?.trim();
  const noProxy = (c.get<string[]>('noProxy') ?? []).filter(Boolean);
  return { ...(proxy ? { proxy } : {}), ...(noProxy.length ? { noProxy: noProxy.join(',') } : {}) };
}
