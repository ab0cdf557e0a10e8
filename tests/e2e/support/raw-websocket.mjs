// A bare WebSocket client on a TCP socket, for tests that must send frames no library would (invalid UTF-8 in a text
// frame) and must see exactly what the server sent: whether a close frame came, and with which code, before the
// connection ended. A library reports 1006 both when a server crashes and when it closes before reading our reply.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import net from 'node:net';

const opcodes = { text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa };

function frame(opcode, payload) {
  const length = payload.length;
  const header = length < 126 ? Buffer.alloc(2) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = 0x80 | opcode;
  if (length < 126) header[1] = 0x80 | length;
  else if (length < 65_536) {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = payload[i] ^ mask[i & 3];
  return Buffer.concat([header, mask, masked]);
}

/**
 * Connects to `url` asking for the subprotocol. `opened` resolves with the handshake's HTTP status; `messages`
 * collects the server's text messages (`onMessage` hears of each, of its close frame and of the end); `closed` resolves
 * once the TCP connection ends, with the server's close frame (`code`, `reason`), or `code: null` when none came.
 */
export async function openRawWebSocket(url, { protocol, cookie } = {}) {
  const { hostname, port, pathname } = new URL(url);
  const tcp = net.connect(Number(port), hostname);
  await once(tcp, 'connect');
  const headers = [
    `GET ${pathname} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    ...(protocol ? [`Sec-WebSocket-Protocol: ${protocol}`] : []),
    ...(cookie ? [`Cookie: ${cookie}`] : []),
  ];
  tcp.write(`${headers.join('\r\n')}\r\n\r\n`);

  const socket = { messages: [], serverClose: null, ended: false, onMessage: () => {} };
  let opened;
  socket.opened = new Promise((resolve) => (opened = resolve));
  let buffer = Buffer.alloc(0);
  let upgraded = false;
  let sentClose = false;
  const send = (opcode, payload) => {
    if (!tcp.destroyed && !sentClose) tcp.write(frame(opcode, payload));
  };
  tcp.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    if (!upgraded) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const status = Number(buffer.subarray(0, end).toString('latin1').split(' ')[1]);
      upgraded = status === 101;
      buffer = buffer.subarray(end + 4);
      opened(status);
      if (!upgraded) return tcp.end();
    }
    while (buffer.length >= 2) {
      let length = buffer[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffer.length < 4) return;
        length = buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffer.length < 10) return;
        length = Number(buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (buffer.length < offset + length) return;
      const opcode = buffer[0] & 0x0f;
      const payload = buffer.subarray(offset, offset + length);
      buffer = buffer.subarray(offset + length);
      if (opcode === opcodes.text) {
        socket.messages.push(payload.toString('utf8'));
        socket.onMessage();
      } else if (opcode === opcodes.ping) {
        send(opcodes.pong, payload);
      } else if (opcode === opcodes.close) {
        socket.serverClose = { code: payload.length >= 2 ? payload.readUInt16BE(0) : 1005, reason: payload.subarray(2).toString('utf8') };
        // The reply the server waits for before it ends the connection.
        send(opcodes.close, payload.subarray(0, 2));
        sentClose = true;
        socket.onMessage();
      }
    }
  });
  socket.closed = new Promise((resolve) =>
    tcp.on('close', () => {
      socket.ended = true;
      opened(null);
      socket.onMessage();
      resolve(socket.serverClose ?? { code: null, reason: '' });
    }),
  );
  tcp.on('error', () => {});
  socket.sendText = (data) => send(opcodes.text, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));
  socket.sendBinary = (data) => send(opcodes.binary, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));
  socket.close = (code = 1000) => {
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    send(opcodes.close, payload);
    sentClose = true;
  };
  socket.destroy = () => tcp.destroy();
  return socket;
}
