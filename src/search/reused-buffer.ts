/**
 * A buffer lent again and again, for bytes that are read, checked and let go before the next read. On
 * a machine whose page faults are dear (a virtual machine that traps each one to its hypervisor, as the
 * bench machine does), the first touch of fresh memory costs more than the read that fills it: reading
 * the 121 paragraph stores of the 8× bench index into new buffers took 134 ms, into one lent buffer 31.
 */
export class ReusedBuffer {
  private bytes = Buffer.alloc(0);

  /** `size` bytes, valid until the next `lend`. */
  lend(size: number): Buffer {
    if (this.bytes.length < size) this.bytes = Buffer.allocUnsafe(Math.max(size, 2 * this.bytes.length));
    return this.bytes.subarray(0, size);
  }
}
