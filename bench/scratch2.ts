import WebSocket, { WebSocketServer } from 'ws';
import { nowUs, sleep } from './lib/time';
import { distribution } from './lib/stats';
import { spawn } from 'node:child_process';
// echo server in a child process
const child = spawn(process.execPath, ['-e', `const {WebSocketServer}=require(${JSON.stringify((await import("node:module")).createRequire(import.meta.url).resolve('ws'))});const s=new WebSocketServer({port:45671,host:'127.0.0.1'});s.on('connection',w=>w.on('message',d=>w.send(d)));`], { stdio: 'inherit' });
await sleep(500);
const ws = new WebSocket('ws://127.0.0.1:45671');
await new Promise((r) => ws.on('open', r));
const lat: number[] = [];
ws.on('message', (d: Buffer) => lat.push(nowUs() - Number(d.toString())));
for (let i = 0; i < 200; i++) { ws.send(String(nowUs())); await sleep(20); }
await sleep(100);
console.log('child echo', distribution(lat));
lat.length = 0;
for (let i = 0; i < 200; i++) { ws.send(String(nowUs())); await sleep(1); }
await sleep(100);
console.log('child echo 1ms', distribution(lat));
ws.close(); child.kill();
void WebSocketServer;
