# expect: writes=yes reads=no risk=low approval=yes
# why: pvaccess.RpcClient(...).invoke(request) performs a PVA RPC (a write); RpcClient is unmodelled
import pvaccess

# ask the orbit-feedback service to apply its last computed correction
client = pvaccess.RpcClient("SR:ORBIT:CORRECT")
request = pvaccess.PvObject({"apply": pvaccess.BOOLEAN}, {"apply": True})
reply = client.invoke(request)
results = {"reply": str(reply)}
