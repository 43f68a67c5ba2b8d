# Richards: Martin Richards' operating-system simulation benchmark (class-heavy: a scheduler, task
# control blocks, packets, and four kinds of task objects with virtual dispatch), written for Adder.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Task(TaskState):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__()
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.tasks[ident] = self
        if queue is not None:
            self.waiting_with_packet()
        else:
            self.waiting()

    def add_packet(self, packet, old):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            packet.append_to(self.queue)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.running()
            else:
                self.packet_pending = True
                self.task_waiting = False
        else:
            packet = None
        return self.run(packet)

    def run(self, packet):
        raise NotImplementedError

    # the scheduler's operations as a running task sees them
    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = self.scheduler.tasks[ident]
        t.task_holding = False
        return t if t.priority > self.priority else self

    def send(self, packet):
        self.scheduler.queue_count += 1
        target = self.scheduler.tasks[packet.ident]
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        super().__init__(scheduler, ident, priority, queue)
        self.running()
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                device = self.device_in
                if device is not None:
                    self.device_in = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return self.send(device)
            else:
                self.work_in = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.wait()
            p = self.pending
            self.pending = None
            return self.send(p)
        self.pending = packet
        return self.hold()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 6
        self.queue_count = 0
        self.hold_count = 0

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_held_or_waiting():
                t = t.link
            else:
                t = t.run_task()


def richards(count):
    s = Scheduler()
    IdleTask(s, IDLE, 1, None, count)
    work = Packet(None, IDLE, KIND_WORK)
    work = Packet(work, IDLE, KIND_WORK)
    WorkerTask(s, WORKER, 1000, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        packets = None
        for _ in range(3):
            packets = Packet(packets, device, KIND_DEVICE)
        HandlerTask(s, handler, priority, packets)
    DeviceTask(s, DEVICE_A, 4000, None)
    DeviceTask(s, DEVICE_B, 5000, None)
    s.schedule()
    return s.queue_count, s.hold_count


for _ in range(12):
    result = richards(10000)
assert result == (23246, 9297), result
print(result)
