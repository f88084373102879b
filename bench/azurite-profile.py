#!/usr/bin/env python3
"""CPU profile of a running Azurite (or any Node process), by the DevTools protocol, with only Python's standard library.

Usage: kill -USR1 <azurite pid>   (opens Node's inspector on 127.0.0.1:9229)
       python3 bench/azurite-profile.py 15   (samples 15 s; prints self and inclusive time by function)
The raw profile goes to azurite.cpuprofile (loadable in Chrome's DevTools). Used for docs/benchmarks.md, issue 21:
it showed where Azurite's one thread goes as a store grows (queue polls and index rebuilds).
"""
import socket, os, base64, json, struct, sys, time, urllib.request
port=9229
info=json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
url=info[0]['webSocketDebuggerUrl']; path=url.split(str(port),1)[1]
s=socket.create_connection(("127.0.0.1",port))
key=base64.b64encode(os.urandom(16)).decode()
s.send(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
buf=b""
while b"\r\n\r\n" not in buf: buf+=s.recv(4096)
rest=buf.split(b"\r\n\r\n",1)[1]
def send(obj):
    data=json.dumps(obj).encode(); mask=os.urandom(4)
    hdr=bytes([0x81]); n=len(data)
    if n<126: hdr+=bytes([0x80|n])
    elif n<65536: hdr+=bytes([0x80|126])+struct.pack(">H",n)
    else: hdr+=bytes([0x80|127])+struct.pack(">Q",n)
    s.send(hdr+mask+bytes(b^mask[i%4] for i,b in enumerate(data)))
def recvn(n):
    global rest
    while len(rest)<n:
        c=s.recv(1<<20)
        if not c: raise EOFError
        rest+=c
    out=rest[:n]; rest=rest[n:]; return out
def recv():
    msg=b""
    while True:
        b1,b2=recvn(2); n=b2&0x7f
        if n==126: n=struct.unpack(">H",recvn(2))[0]
        elif n==127: n=struct.unpack(">Q",recvn(8))[0]
        msg+=recvn(n)
        if b1&0x80: return json.loads(msg)
def call(id,method,params={}):
    send({"id":id,"method":method,"params":params})
    while True:
        m=recv()
        if m.get("id")==id: return m
call(1,"Profiler.enable"); call(2,"Profiler.setSamplingInterval",{"interval":1000}); call(3,"Profiler.start")
time.sleep(float(sys.argv[1]))
p=call(4,"Profiler.stop")["result"]["profile"]
json.dump(p,open("azurite.cpuprofile","w"))
# self time by function
nodes={n["id"]:n for n in p["nodes"]}
from collections import Counter
self=Counter()
for sid in p["samples"]: self[sid]+=1
byfn=Counter(); total=len(p["samples"])
parent={}
for n in p["nodes"]:
    for c in n.get("children",[]): parent[c]=n["id"]
incl=Counter()
for nid,cnt in self.items():
    cf=nodes[nid]["callFrame"]; byfn[(cf["functionName"],cf["url"].split("/")[-1],cf["lineNumber"])]+=cnt
    seen=set(); x=nid
    while x in nodes:
        cf=nodes[x]["callFrame"]; k=(cf["functionName"],cf["url"].split("/")[-1],cf["lineNumber"])
        if k not in seen: incl[k]+=cnt; seen.add(k)
        x=parent.get(x)
print("samples",total)
print("SELF"); [print(f"{c*100/total:5.1f}% {k}") for k,c in byfn.most_common(15)]
print("INCL"); [print(f"{c*100/total:5.1f}% {k}") for k,c in incl.most_common(40)]
