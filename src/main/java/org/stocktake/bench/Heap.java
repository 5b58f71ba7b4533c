package org.stocktake.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap use between a reset and a reading. Heap use peaks just before a collection, so the peak is the
 * largest heap occupancy any collection found on entry (from the GC notifications), or the use now if that is
 * larger. Summing each pool's own peak would overstate it: the pools peak at different moments.
 */
final class Heap {

    private static final AtomicLong PEAK = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        long used = 0;
                        for (var e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                            if (HEAP_POOLS.contains(e.getKey())) {
                                used += e.getValue().getUsed();
                            }
                        }
                        PEAK.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private Heap() {
    }

    static void resetPeaks() {
        System.gc();
        try {
            Thread.sleep(200); // let the notification of that collection arrive before the reset
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PEAK.set(used());
    }

    /** Peak bytes used since {@link #resetPeaks}. */
    static long peakBytes() {
        return PEAK.accumulateAndGet(used(), Math::max);
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    private static long used() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
