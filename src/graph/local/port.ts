// Is a TCP port on 127.0.0.1 free to listen on? Asked before starting Neo4j, so a taken port is
// reported as such instead of as a failed start.
import net from 'node:net';

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
