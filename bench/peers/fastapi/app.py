"""Benchmark-only peer: FastAPI under uvicorn with SocketScope's /ws/echo and /ws/room/{id} texts.

Written the way the FastAPI WebSocket guide does it (a connection manager, awaited sends).
Names come from ?token= (secret-token -> john_doe, valid-token -> alice); nothing is verified.

    /usr/bin/python3 -m uvicorn app:app --host 127.0.0.1 --port P --app-dir bench/peers/fastapi
"""
from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI()

NAMES = {"secret-token": "john_doe", "valid-token": "alice"}
rooms: dict[str, list[WebSocket]] = {}


async def send_all(members, text, skip=None):
    for m in list(members):
        if m is skip:
            continue
        try:
            await m.send_text(text)
        except Exception:  # a member that went away meanwhile; its own handler removes it
            pass


@app.websocket("/ws/echo")
async def echo(websocket: WebSocket):
    await websocket.accept()
    try:
        while True:
            msg = await websocket.receive()
            if msg["type"] == "websocket.disconnect":
                return
            if msg.get("text") is not None:
                await websocket.send_text("Message text was: " + msg["text"])
            elif msg.get("bytes") is not None:
                await websocket.send_bytes(msg["bytes"])
    except WebSocketDisconnect:
        return


@app.websocket("/ws/room/{room_id}")
async def room(websocket: WebSocket, room_id: str, token: str = ""):
    await websocket.accept()
    name = NAMES.get(token, "anonymous")
    members = rooms.setdefault(room_id, [])
    members.append(websocket)
    await send_all(members, f"{name} joined the room")
    try:
        while True:
            text = await websocket.receive_text()
            await send_all(members, f"{name}: {text}", skip=websocket)
    except WebSocketDisconnect:
        pass
    finally:
        if websocket in members:
            members.remove(websocket)
        await send_all(members, f"{name} left the room")
        if not members:
            rooms.pop(room_id, None)
